	.text
dup:	nop
dup:	ret
