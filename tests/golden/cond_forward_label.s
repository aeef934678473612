	.text
	.if	1
	jmp	1f
	.endif
	nop
1:	ret
