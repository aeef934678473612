	.rept	3
	.byte	4
	.exitm
	.byte	5
	.endr
	.byte	6
