	.data
	.long ext
	.long ext + 8
	.text
	movl $ext, %eax
