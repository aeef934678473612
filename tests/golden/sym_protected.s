	.text
	.globl p
	.protected p
p:	ret
