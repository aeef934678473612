	.data
	.long .
	.long . - 4
	.byte 0
here = .
	.long here
	.text
	nop
	jmp .
	jmp . + 2
