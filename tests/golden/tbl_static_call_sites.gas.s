# lowered twin: static_call_sites: kernel-style entries from .text, .text.static_call_sites_hot, .init.text, .exit.text (prefix mode)
	.text
f0:
.Lsc0:
	call	__SCT__tp_func_0
	.pushsection .static_call_sites, "a"
	.long	.Lsc0 - .
	.long	__SCK__tp_func_0 - .
	.popsection
	ret
	.section .text.static_call_sites_hot, "ax", @progbits
f1:
.Lsc1:
	call	__SCT__tp_func_1
	.pushsection .static_call_sites, "a"
	.long	.Lsc1 - .
	.long	__SCK__tp_func_1 - .
	.popsection
	ret
	.section .init.text, "ax", @progbits
f2:
.Lsc2:
	call	__SCT__tp_func_2
	.pushsection .init..static_call_sites, "a"
	.long	.Lsc2 - .
	.long	__SCK__tp_func_2 - .
	.popsection
	ret
	.section .exit.text, "ax", @progbits
f3:
.Lsc3:
	call	__SCT__tp_func_3
	.pushsection .exit..static_call_sites, "a"
	.long	.Lsc3 - .
	.long	__SCK__tp_func_3 - .
	.popsection
	ret
