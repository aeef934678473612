	.eqv E, 1
	.set E, 2
