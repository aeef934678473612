# jump_table: kernel-style entries from .text, .text.jump_table_hot, .init.text, .exit.text (prefix mode)
	.text
f0:
1:	.byte	0x0f, 0x1f, 0x44, 0x00, 0x00
	.pushsection_table __jump_table, "aw"
	.balign 8
	.long	1b - .
	.long	.Lyes0 - .
	.quad	key0 + 1 - .
	.popsection
	xorl	%eax, %eax
	ret
.Lyes0:
	movl	$1, %eax
	ret
	.pushsection .data
key0:	.quad 0
	.popsection
	.section .text.jump_table_hot, "ax", @progbits
f1:
1:	.byte	0x0f, 0x1f, 0x44, 0x00, 0x00
	.pushsection_table __jump_table, "aw"
	.balign 8
	.long	1b - .
	.long	.Lyes1 - .
	.quad	key1 + 1 - .
	.popsection
	xorl	%eax, %eax
	ret
.Lyes1:
	movl	$1, %eax
	ret
	.pushsection .data
key1:	.quad 0
	.popsection
	.section .init.text, "ax", @progbits
f2:
1:	.byte	0x0f, 0x1f, 0x44, 0x00, 0x00
	.pushsection_table __jump_table, "aw"
	.balign 8
	.long	1b - .
	.long	.Lyes2 - .
	.quad	key2 + 1 - .
	.popsection
	xorl	%eax, %eax
	ret
.Lyes2:
	movl	$1, %eax
	ret
	.pushsection .data
key2:	.quad 0
	.popsection
	.section .exit.text, "ax", @progbits
f3:
1:	.byte	0x0f, 0x1f, 0x44, 0x00, 0x00
	.pushsection_table __jump_table, "aw"
	.balign 8
	.long	1b - .
	.long	.Lyes3 - .
	.quad	key3 + 1 - .
	.popsection
	xorl	%eax, %eax
	ret
.Lyes3:
	movl	$1, %eax
	ret
	.pushsection .data
key3:	.quad 0
	.popsection
