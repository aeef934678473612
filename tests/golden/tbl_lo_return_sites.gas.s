# lowered twin: return_sites: kernel-style entries from .text, .text.return_sites_hot, .init.text, .exit.text (link-order mode)
	.text
f0:
	nop
1:	jmp	__x86_return_thunk
	.pushsection .return_sites, "ao", @progbits, .text
	.long	1b - .
	.popsection
	.section .text.return_sites_hot, "ax", @progbits
f1:
	nop
1:	jmp	__x86_return_thunk
	.pushsection .return_sites, "ao", @progbits, .text.return_sites_hot
	.long	1b - .
	.popsection
	.section .init.text, "ax", @progbits
f2:
	nop
1:	jmp	__x86_return_thunk
	.pushsection .init..return_sites, "ao", @progbits, .init.text
	.long	1b - .
	.popsection
	.section .exit.text, "ax", @progbits
f3:
	nop
1:	jmp	__x86_return_thunk
	.pushsection .exit..return_sites, "ao", @progbits, .exit.text
	.long	1b - .
	.popsection
