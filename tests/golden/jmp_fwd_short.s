	.text
	jmp fwd
	nop
fwd:	ret
