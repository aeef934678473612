# A character that cannot start an operand: "bad expression", then gas goes on after it.
	.data
	.long 1+)
	.long (1+)
	.long 1+@x
	.long ]x
	.long 2+}
	.quad 1+@
	.long %foo, 3
	.long 1+%foo
	.long 1+=
	.long \\
