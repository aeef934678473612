# -gdwarf-4 (getopt_long_only: one dash) is --gdwarf-4.
	.text
	.globl	h
h:
	movl	$1, %eax
	ret
