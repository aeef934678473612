	.data
	.quad ext
	.quad ext + 16
	.quad ext - 1
	.text
	movabsq $ext, %rax
