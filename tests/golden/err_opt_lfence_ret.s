# -mlfence-before-ret= takes none, or, not, shl or yes.
	nop
