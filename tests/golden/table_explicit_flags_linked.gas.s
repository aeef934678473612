	.text
fn:	ret
	.pushsection __tl, "ao", @progbits, fn
	.quad 0
	.popsection
