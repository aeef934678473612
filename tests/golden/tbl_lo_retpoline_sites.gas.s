# lowered twin: retpoline_sites: kernel-style entries from .text, .text.retpoline_sites_hot, .init.text, .exit.text (link-order mode)
	.text
f0:
1:	call	__x86_indirect_thunk_rax
	.pushsection .retpoline_sites, "ao", @progbits, .text
	.long	1b - .
	.popsection
	ret
	.section .text.retpoline_sites_hot, "ax", @progbits
f1:
1:	call	__x86_indirect_thunk_rax
	.pushsection .retpoline_sites, "ao", @progbits, .text.retpoline_sites_hot
	.long	1b - .
	.popsection
	ret
	.section .init.text, "ax", @progbits
f2:
1:	call	__x86_indirect_thunk_rax
	.pushsection .init..retpoline_sites, "ao", @progbits, .init.text
	.long	1b - .
	.popsection
	ret
	.section .exit.text, "ax", @progbits
f3:
1:	call	__x86_indirect_thunk_rax
	.pushsection .exit..retpoline_sites, "ao", @progbits, .exit.text
	.long	1b - .
	.popsection
	ret
