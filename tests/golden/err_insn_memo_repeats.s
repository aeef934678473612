# A statement that fails fails on every repeat, and a good one between them is unaffected.
	.text
	movl	%eax, %ebx
	movl	%rax, %ebx
	movl	%eax, %ebx
	movl	%rax, %ebx
	addl	$1, %ax
	addl	$1, %ax
