	.text
	lret
