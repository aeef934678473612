# -L (--keep-locals): .L symbols are written to the symbol table as ordinary local symbols, in the order they
# were made; numeric local labels are not; relocations against them still use the section symbol unless the
# section is mergeable.
	.text
.Lx:	nop
1:	jmp 1b
2:	jmp 2f
2:	ret
	.data
.Ld:	.quad .Lx
	.quad .Lundefined_later
.Lundefined_later:
	.section .rodata.str1.1,"aMS",@progbits,1
.LC0:	.string "hi"
	.text
	leaq .LC0(%rip), %rax
	.equ .Lconst, 5
	movl $.Lconst, %eax
