	.rept	3
	.byte	0xaa
	.endr
	.rept	0
	.byte	0xbb
	.endr
	.rept	1+1
	nop
	.endr
