	i = 0
	.rept	5
	.long	i*i
	i = i + 1
	.endr
