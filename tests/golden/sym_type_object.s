	.data
	.globl obj
	.type obj, @object
obj:	.long 1
