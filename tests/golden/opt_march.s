# -march=CPU+EXT... and -mtune=CPU for an x86-64 CPU: the code and its alignment padding are the same as
# without them (gasket does not check instructions against the ISA, see README).
	.text
	ret
	.p2align 5
	vaddps %ymm0, %ymm1, %ymm2
	.p2align 4
	popcnt %eax, %ebx
	.p2align 3
	ret
