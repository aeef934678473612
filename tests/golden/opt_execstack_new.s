# --execstack when the input has no .note.GNU-stack: a new PROGBITS section with only SHF_EXECINSTR.
	.data
	.quad	1
