	.text
fn:	ret
	.pushsection_table __tl, "ao", @progbits, fn
	.quad 0
	.popsection
