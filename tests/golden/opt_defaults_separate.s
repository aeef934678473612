# -msyntax takes its value from the next argument too.
	nop
