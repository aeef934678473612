# lowered twin: retpoline_sites: kernel-style entries from .text, .text.retpoline_sites_hot, .init.text, .exit.text (prefix mode)
	.text
f0:
1:	call	__x86_indirect_thunk_rax
	.pushsection .retpoline_sites, "a"
	.long	1b - .
	.popsection
	ret
	.section .text.retpoline_sites_hot, "ax", @progbits
f1:
1:	call	__x86_indirect_thunk_rax
	.pushsection .retpoline_sites, "a"
	.long	1b - .
	.popsection
	ret
	.section .init.text, "ax", @progbits
f2:
1:	call	__x86_indirect_thunk_rax
	.pushsection .init..retpoline_sites, "a"
	.long	1b - .
	.popsection
	ret
	.section .exit.text, "ax", @progbits
f3:
1:	call	__x86_indirect_thunk_rax
	.pushsection .exit..retpoline_sites, "a"
	.long	1b - .
	.popsection
	ret
