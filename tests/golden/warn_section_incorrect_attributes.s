	.section .data.foo, "ax", @progbits
	nop
