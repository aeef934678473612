	.text
	.type lf,@function
lf:	nop
	jmp 1f
	.skip 200
1:	ret
	.size lf,.-lf
	.globl gf
	.type gf,@function
gf:	ret
	.size gf,.-gf
	.type zf,@function
zf:	.size zf,0
	.type nf,@function
nf:	ret
