# -march= with a CPU without 64-bit mode.
	nop
