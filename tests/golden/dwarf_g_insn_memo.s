# With -g every instruction gets its line row, repeats included.
	.text
f:
	movq	%rsp, %rbp
	movq	%rsp, %rbp

	movq	%rsp, %rbp
	ret
	ret
