# the second jump must be near; its growth pushes the first jump's target out of rel8 range
	.text
	jmp a
	jmp far
	.skip 123, 0x90
a:	nop
	.skip 200, 0x90
far:	ret
