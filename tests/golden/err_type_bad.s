	.text
	.type fn, @bogus
fn:	ret
