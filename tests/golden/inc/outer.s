	.byte 0x11
	.include "nested.s"
	.byte 0x13
