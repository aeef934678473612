	.text
	rep movsb
	rep movsw
	rep movsl
	rep movsq
	rep stosb
	rep stosl
	rep stosq
	movsb
	stosq
	cld
	std
