	.globl ext
	.data
	.quad ext
