# A statement that warns warns on every repeat (the reader's memo must not swallow the warning).
	.text
	incl	(%rax)
	inc	(%rax)
	inc	(%rax)
	movl	$0x123456789, %eax
	movl	$0x123456789, %eax
	movl	%eax, %ebx
	movl	%eax, %ebx
