# lowered twin: orc_unwind_ip: kernel-style entries from .text, .text.orc_unwind_ip_hot, .init.text, .exit.text (prefix mode)
	.text
f0:
1:	pushq	%rbp
2:	popq	%rbp
	ret
	.pushsection .orc_unwind_ip, "a"
	.long	1b - .
	.long	2b - .
	.popsection
	.pushsection .orc_unwind, "a"
	.word	8, 0, 0x15
	.word	16, -16, 0x15
	.popsection
	.section .text.orc_unwind_ip_hot, "ax", @progbits
f1:
1:	pushq	%rbp
2:	popq	%rbp
	ret
	.pushsection .orc_unwind_ip, "a"
	.long	1b - .
	.long	2b - .
	.popsection
	.pushsection .orc_unwind, "a"
	.word	8, 0, 0x15
	.word	16, -16, 0x15
	.popsection
	.section .init.text, "ax", @progbits
f2:
1:	pushq	%rbp
2:	popq	%rbp
	ret
	.pushsection .init..orc_unwind_ip, "a"
	.long	1b - .
	.long	2b - .
	.popsection
	.pushsection .init..orc_unwind, "a"
	.word	8, 0, 0x15
	.word	16, -16, 0x15
	.popsection
	.section .exit.text, "ax", @progbits
f3:
1:	pushq	%rbp
2:	popq	%rbp
	ret
	.pushsection .exit..orc_unwind_ip, "a"
	.long	1b - .
	.long	2b - .
	.popsection
	.pushsection .exit..orc_unwind, "a"
	.word	8, 0, 0x15
	.word	16, -16, 0x15
	.popsection
