	.rept	2
	.byte	1
	.endr
	.byte	2