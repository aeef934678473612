# -msyntax= takes att or intel.
	nop
