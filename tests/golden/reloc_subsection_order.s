# A section's relocations come out subsection by subsection, each in the order its fixups were made; the
# fixups of jumps relaxed to near form against other sections come after all of them
	.text
	.globl foo
foo:
	call	foo
	jmp	other
	.subsection 2
	call	bar
	.long	sym2
	.subsection -1
	call	neg
	.subsection 0
	call	baz
	.skip	200, 0x90
	jmp	foo2
	.subsection 2
	.quad	sym3
	.section .text.other,"ax",@progbits
other:	ret
	.data
	.long	d0
	.subsection 1
	.long	d1
	.subsection 0
	.long	d2
