	.macro	inc_by reg, n
	addl	$\n, %\reg
	.endm
	inc_by	eax, 1
	inc_by	ebx 2
	inc_by	n=3, reg=ecx
