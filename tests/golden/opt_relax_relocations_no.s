# -mrelax-relocations=no: relaxable GOT loads take R_X86_64_GOTPCREL instead of (REX_)GOTPCRELX; .reloc keeps its type.
	.text
f:
	movq	foo@GOTPCREL(%rip), %rax
	movl	bar@GOTPCREL(%rip), %eax
	call	*baz@GOTPCREL(%rip)
	jmp	*baz@GOTPCREL(%rip)
	addq	foo@GOTPCREL(%rip), %rcx
	testq	%rdx, foo@GOTPCREL(%rip)
	movq	foo@GOTPCREL(%rip), %r12
	leaq	foo@GOTPCREL(%rip), %rax
	movq	foo@GOTPCREL+4(%rip), %rax
	.reloc	., R_X86_64_GOTPCRELX, foo
	.long	0
	.long	foo@GOTPCREL
