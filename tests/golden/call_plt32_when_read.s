# gas picks R_X86_64_PLT32 for a call when it reads the instruction (the target is undefined, weak or
# global then) and turns it into PC32 only when the relocation goes against a section symbol.
	.text
foo:
	ret
	call	foo
	call	bar
	call	.Lx
	call	.La
	call	g
	.globl	foo
	.weak	bar
bar:
	ret
	call	foo
.La:
	ret
	.set	g, 5
	call	g
	.section .text.b,"ax",@progbits
.Lx:
	ret
