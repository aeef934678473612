	.data
	.globl uo
	.type uo, @gnu_unique_object
uo:	.long 1
