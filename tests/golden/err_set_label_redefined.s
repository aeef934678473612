	.text
lab:	nop
	.set lab, 4
