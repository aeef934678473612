# retpoline_sites: kernel-style entries from .text, .text.retpoline_sites_hot, .init.text, .exit.text (link-order mode)
	.text
f0:
1:	call	__x86_indirect_thunk_rax
	.pushsection_table .retpoline_sites, "a"
	.long	1b - .
	.popsection
	ret
	.section .text.retpoline_sites_hot, "ax", @progbits
f1:
1:	call	__x86_indirect_thunk_rax
	.pushsection_table .retpoline_sites, "a"
	.long	1b - .
	.popsection
	ret
	.section .init.text, "ax", @progbits
f2:
1:	call	__x86_indirect_thunk_rax
	.pushsection_table .retpoline_sites, "a"
	.long	1b - .
	.popsection
	ret
	.section .exit.text, "ax", @progbits
f3:
1:	call	__x86_indirect_thunk_rax
	.pushsection_table .retpoline_sites, "a"
	.long	1b - .
	.popsection
	ret
