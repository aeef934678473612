# A .size that does not come to a constant (here an undefined symbol) is an error reported at the end,
# without a line.
	.text
f:	ret
	.size f, g
