# gcc -gdwarf-2 passes --gdwarf2 (no dash before the version) to as; -gdwarf-N with one dash is also accepted.
	.text
	.globl	h
h:
	movl	$1, %eax
	ret
