	.section .foo, "a", @progbits, junk
