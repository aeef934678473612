# -g rows for macro expansions under DWARF 5 and cpp line markers: the call's remapped file and line.
	.macro	m1 a
	mov	$\a, %eax
	ret
	.endm
	.macro	m2
	m1	7
	nop
	.endm
	.text
	nop
# 40 "foo.c"
	m1	3
	nop
	m2
# 7 "bar.c"
	m2
	.section .text.other,"ax",@progbits
	m2
	ret
