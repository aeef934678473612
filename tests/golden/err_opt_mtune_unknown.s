# -mtune= with an unknown CPU.
	nop
