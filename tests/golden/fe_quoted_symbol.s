	.text
"foo bar":
	nop
	.globl "foo bar"
	call "foo bar"
	.data
"with.dots$":
	.quad "foo bar", "with.dots$"
