	.text
	.globl gfn
gfn:	ret
	call gfn
