	.section .data.init, "aw", @progbits
	.long 0
	.pushsection .init.__entries, "a", @progbits
	.globl first_entry
first_entry:
	.quad target
local_entry:
	.quad local_entry
	.popsection
target:	.long 1
