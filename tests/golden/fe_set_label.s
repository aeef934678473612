	.text
func:
	nop
	ret
	.set alias, func
	.globl alias
	.data
	.quad alias
