# altinstructions: kernel-style entries from .text, .text.altinstructions_hot, .init.text, .exit.text (prefix mode)
	.text
f0:
661:	movl	$1, %eax
662:
	.pushsection_table .altinstructions, "a"
	.long	661b - .
	.long	6641f - .
	.4byte	0x00010109
	.byte	662b - 661b
	.byte	6651f - 6641f
	.popsection
	.pushsection .altinstr_replacement, "ax"
6641:	movl	$2, %eax
6651:
	.popsection
	ret
	.section .text.altinstructions_hot, "ax", @progbits
f1:
661:	movl	$1, %eax
662:
	.pushsection_table .altinstructions, "a"
	.long	661b - .
	.long	6641f - .
	.4byte	0x00010109
	.byte	662b - 661b
	.byte	6651f - 6641f
	.popsection
	.pushsection .altinstr_replacement, "ax"
6641:	movl	$2, %eax
6651:
	.popsection
	ret
	.section .init.text, "ax", @progbits
f2:
661:	movl	$1, %eax
662:
	.pushsection_table .altinstructions, "a"
	.long	661b - .
	.long	6641f - .
	.4byte	0x00010109
	.byte	662b - 661b
	.byte	6651f - 6641f
	.popsection
	.pushsection .altinstr_replacement, "ax"
6641:	movl	$2, %eax
6651:
	.popsection
	ret
	.section .exit.text, "ax", @progbits
f3:
661:	movl	$1, %eax
662:
	.pushsection_table .altinstructions, "a"
	.long	661b - .
	.long	6641f - .
	.4byte	0x00010109
	.byte	662b - 661b
	.byte	6651f - 6641f
	.popsection
	.pushsection .altinstr_replacement, "ax"
6641:	movl	$2, %eax
6651:
	.popsection
	ret
