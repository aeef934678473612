# The same instruction text, again and again: the reader's memo must give each repeat the bytes it would get
# alone, and must not remember texts whose encoding depends on symbols or labels.
	.text
	.set	k, 1
f:
	movq	%rsp, %rbp
	movl	$k, %eax
	.set	k, 0x12345
	movl	$k, %eax
	.set	m, 3
	movl	$10%m, %eax
	.set	m, 4
	movl	$10%m, %eax
	movl	$10%3, %eax
	movl	$10%3, %eax
	movq	%rsp, %rbp
1:	jmp	1f
	jmp	1b
1:	jmp	1f
	jmp	1b
1:	movl	$1b-f, %eax
	movl	$1b-f, %eax
	movl	$.-f, %eax
	movl	$.-f, %eax
	leaq	8(%rsp,%rax,4), %rdi
	leaq	8(%rsp,%rax,4), %rdi
	movl	0x10(%rip), %eax
	movl	0x10(%rip), %eax
	lock addl $1, (%rax)
	lock addl $1, (%rax)
	{disp32} movl 8(%rax), %ecx
	movl	8(%rax), %ecx
	{disp32} movl 8(%rax), %ecx
	movl	8(%rax), %ecx
	addq	$-8, %rsp
	addq	$-8, %rsp
	movabsq	$0x123456789, %rax
	movabsq	$0x123456789, %rax
	ret
	ret
	.section .data
	movq	%rsp, %rbp
	movl	$k, %eax
	.text
	.set	k, 7
	movl	$k, %eax
	movl	%fs:0x28, %eax
	movl	%fs:0x28, %eax
	jmp	*%rax
	jmp	*%rax
