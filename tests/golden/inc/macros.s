# Shared macros for the inc_* cases.
	.macro	put_pair a, b
	.byte	\a, \b
	.endm
	.macro	bad_inside
	.byte	1
	bogus_insn_in_include
	.endm
