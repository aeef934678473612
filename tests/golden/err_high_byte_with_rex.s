	.text
	movb %ah, %sil
