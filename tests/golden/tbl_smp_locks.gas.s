# lowered twin: smp_locks: kernel-style entries from .text, .text.smp_locks_hot, .init.text, .exit.text (prefix mode)
	.text
f0:
	.pushsection .smp_locks, "a"
	.balign 4
	.long	671f - .
	.popsection
671:	lock incl (%rdi)
	ret
	.section .text.smp_locks_hot, "ax", @progbits
f1:
	.pushsection .smp_locks, "a"
	.balign 4
	.long	671f - .
	.popsection
671:	lock incl (%rdi)
	ret
	.section .init.text, "ax", @progbits
f2:
	.pushsection .init..smp_locks, "a"
	.balign 4
	.long	671f - .
	.popsection
671:	lock incl (%rdi)
	ret
	.section .exit.text, "ax", @progbits
f3:
	.pushsection .exit..smp_locks, "a"
	.balign 4
	.long	671f - .
	.popsection
671:	lock incl (%rdi)
	ret
