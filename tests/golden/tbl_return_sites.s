# return_sites: kernel-style entries from .text, .text.return_sites_hot, .init.text, .exit.text (prefix mode)
	.text
f0:
	nop
1:	jmp	__x86_return_thunk
	.pushsection_table .return_sites, "a"
	.long	1b - .
	.popsection
	.section .text.return_sites_hot, "ax", @progbits
f1:
	nop
1:	jmp	__x86_return_thunk
	.pushsection_table .return_sites, "a"
	.long	1b - .
	.popsection
	.section .init.text, "ax", @progbits
f2:
	nop
1:	jmp	__x86_return_thunk
	.pushsection_table .return_sites, "a"
	.long	1b - .
	.popsection
	.section .exit.text, "ax", @progbits
f3:
	nop
1:	jmp	__x86_return_thunk
	.pushsection_table .return_sites, "a"
	.long	1b - .
	.popsection
