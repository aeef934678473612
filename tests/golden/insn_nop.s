	.text
	nop
	nopw %ax
	nopl (%rax)
	nopl 0(%rax)
	nopl 0(%rax,%rax,1)
	nopw 0(%rax,%rax,1)
	nopl 0x100(%rax)
	xchg %eax, %eax
	pause
