	.text
	.globl fn
	.type fn, @function
fn:	ret
