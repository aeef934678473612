	.text
	.globl g2
g2:	nop
l1:	nop
	.globl g1
g1:	nop
l2:	nop
	.data
d:	.long 0
