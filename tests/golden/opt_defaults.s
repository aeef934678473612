# gas options given their default value, and options gas ignores: nothing changes.
	.text
	lock incl (%rax)
	lfence
	movaps %xmm0, %xmm1
	vaddss %xmm0, %xmm1, %xmm2
	ret
	.p2align 4
