	.text
	movl (%eax), %ecx
	movl 4(%ebx,%esi,2), %edx
	leal (%edi), %eax
