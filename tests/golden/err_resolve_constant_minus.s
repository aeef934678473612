# A constant minus a symbol that the fixup cannot take: gas names the constant by the expression symbol it
# made for it, L0\001 ("can't resolve L0\001 - foo"), and a plain negation by 0.
	.text
t:	nop
	.comm	c, 8
	.data
	.quad	2-foo
	.long	5-t
	.quad	3-c
	.quad	-foo
