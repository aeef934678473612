	.macro	make name, val
	.macro	\name
	.byte	\val
	.endm
	.endm
	make	one, 1
	make	two, 2
	one
	two
	one
