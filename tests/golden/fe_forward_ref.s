	.data
	.long end - start
	.byte later
start:
	.quad 0
end:
	.set later, 42
