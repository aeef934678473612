	.byte 0x10; .include "nested.s"; .byte 0x14
