	.text
10:	nop
123:	nop
	jmp 10b
	jmp 123b
	jmp 99f
	nop
99:	ret
