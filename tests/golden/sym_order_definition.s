	.data
	.quad zeta, alpha, mid
	.text
mid:	nop
	.data
zeta:	.long 1
alpha:	.long 2
	.globl gz
	.globl ga
gz:	.long 3
ga:	.long 4
