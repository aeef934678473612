# lowered twin: altinstructions: kernel-style entries from .text, .text.altinstructions_hot, .init.text, .exit.text (link-order mode)
	.text
f0:
661:	movl	$1, %eax
662:
	.pushsection .altinstructions, "ao", @progbits, .text
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
	.pushsection .altinstructions, "ao", @progbits, .text.altinstructions_hot
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
	.pushsection .init..altinstructions, "ao", @progbits, .init.text
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
	.pushsection .exit..altinstructions, "ao", @progbits, .exit.text
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
