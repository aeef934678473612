	.text
	.globl fn
	.type fn, @function
fn:
	nop
	ret
	.size fn, .-fn
