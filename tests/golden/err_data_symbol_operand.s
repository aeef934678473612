# Data statements of one symbolic operand with junk after it, or an operand left open
	.data
	.long	a b
	.quad	.La+
	.value	.La c
	.long	a,
.La:
