	.section .foo, "a", @bogus
	.byte 1
