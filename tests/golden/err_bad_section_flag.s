	.section .foo, "ay"
	.byte 1
