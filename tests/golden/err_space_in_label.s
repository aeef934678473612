	.text
foo bar: nop
