	.text
	.globl h
	.hidden h
h:	ret
