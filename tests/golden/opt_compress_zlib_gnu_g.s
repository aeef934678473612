# --compress-debug-sections (no type: zlib) then --compress-debug-sections=zlib-gnu: the last one wins, with -g.
	.text
	.globl	f
f:
	pushq	%rbp
	movq	%rsp, %rbp
	popq	%rbp
	ret
