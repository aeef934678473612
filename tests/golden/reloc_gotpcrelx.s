	.text
	call *ext@GOTPCREL(%rip)
	jmp *ext@GOTPCREL(%rip)
	movl ext@GOTPCREL(%rip), %eax
	testl %eax, ext@GOTPCREL(%rip)
