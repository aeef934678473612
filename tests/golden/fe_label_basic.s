	.text
start:
	nop
middle:	nop
	jmp start
	jmp middle
	.data
value:	.long start, middle
