# --size-check takes error or warning.
	nop
