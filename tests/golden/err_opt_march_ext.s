# -march= with an unknown extension.
	nop
