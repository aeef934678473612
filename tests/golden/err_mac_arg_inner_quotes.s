# A string after the start of a macro argument keeps its quotes (and its blanks and commas):
# x"a b" is one argument that makes the .ascii below read `"[x"' then junk
	.macro m a, b
	.ascii "[\a]"
	.byte \b
	.endm
	m x"a b" 3
	m x"a, b" 3
	m (x "a b") 3
