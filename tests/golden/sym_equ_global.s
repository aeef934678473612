	.globl CONST
	.set CONST, 0x1234
	.globl alias_sym
	.text
target:	ret
	.set alias_sym, target
