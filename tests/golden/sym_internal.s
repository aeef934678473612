	.text
	.globl i
	.internal i
i:	ret
