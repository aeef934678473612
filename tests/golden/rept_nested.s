	.rept	2
	.rept	3
	.byte	1
	.endr
	.byte	2
	.endr
