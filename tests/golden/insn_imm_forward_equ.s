# immediates and displacements not yet known at parse time use the 32-bit forms
	.text
	movl $C, %eax
	addl $C, %eax
	addq $C, %rbx
	movl C(%rax), %eax
	pushq $C
	.set C, 4
	addl $C, %eax
	movl C(%rax), %eax
