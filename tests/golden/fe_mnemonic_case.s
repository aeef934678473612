	.text
	NOP
	MOVL %EAX, %EBX
	Ret
