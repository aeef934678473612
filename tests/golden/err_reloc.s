	.reloc	., R_X86_64_BOGUS, x
	.reloc	x, R_X86_64_NONE, y
	.reloc	., 3, z
