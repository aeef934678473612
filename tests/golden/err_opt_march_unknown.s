# -march= with an unknown CPU.
	nop
