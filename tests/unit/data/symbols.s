# Symbol table order: FILE, section symbols used by relocations (at their section's creation position),
# locals by first mention, then globals by first mention.
	.file "symbols.s"
	.text
	.globl g2
	.globl g1
l1:	nop
	call ext
l2:
	.data
d1:	.quad l2
	.quad g1
	.quad later
	.text
g1:	ret
g2:	ret
	.section .rodata, "a"
r:	.long 0
	.data
later:	.byte 1
	.weak w
	.quad w
