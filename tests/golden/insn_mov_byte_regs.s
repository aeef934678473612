	.text
	movb %ah, %al
	movb %bh, %ch
	movb %spl, %al
	movb %bpl, %sil
	movb %dil, %r8b
	movb %dh, %dl
