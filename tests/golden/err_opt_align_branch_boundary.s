# -malign-branch-boundary= takes a number.
	nop
