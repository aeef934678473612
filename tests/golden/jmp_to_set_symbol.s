	.text
lbl:	nop
	nop
	.set tgt, lbl + 1
	jmp tgt
	call tgt
