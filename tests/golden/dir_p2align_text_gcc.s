	.text
f:	ret
	.p2align 4,,15
g:	ret
	.p2align 4,,10
	.p2align 3
h:	ret
