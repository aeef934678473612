	.text
fn:	ret
	.section .meta, "ao", @progbits, fn
	.quad 1
