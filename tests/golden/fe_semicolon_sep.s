	.text
	nop; nop ; ret
	.data
	.byte 1; .byte 2;.byte 3
x:	.long 4; y: .long 5
