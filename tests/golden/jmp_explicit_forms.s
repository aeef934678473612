	.text
t:	jmp t
	jmpq *%rax
	jrcxz t
	jecxz t
	loop t
	loope t
	loopne t
