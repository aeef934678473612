	.text
x:	jmp x@GOTPCREL
