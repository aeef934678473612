	.text
	.globl ifn
	.type ifn, @gnu_indirect_function
ifn:	ret
