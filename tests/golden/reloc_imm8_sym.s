	.text
	movb $ext, %al
	pushq $ext
