# gas keeps each subsection's frags in 4064-byte obstack chunks and starts a new frag, in a new chunk, when a
# request finds too little room: 6 bytes for a relaxable jump, 5 for a call's opcode and displacement, 2 for a
# one-byte opcode, 4 for an imm32. A constant `.skip` gets a frag of its own. A `view -0` row at the start of a
# frag restarts the address (DW_LNE_set_address) when the previous row ends its frag.
	.file 1 "a.c"
	.text
f:
	.loc 1 1 1 view -0
	nop
	.rept 3882
	.byte 0x90
	.endr
	.loc 1 2 1 view .LVU1
	jmp	f
	.p2align 4
g:
	.loc 1 3 1 view -0
	ret
	.rept 3539
	.byte 0x90
	.endr
	movl	$1, %eax
	.rept 3883
	.byte 0x90
	.endr
	.loc 1 4 1 view .LVU2
	nop
	.p2align 4
h:
	.loc 1 5 1 view -0
	ret
	.rept 3707
	.byte 0x90
	.endr
	.loc 1 6 1 view .LVU3
	call	f
	.p2align 4
i:
	.loc 1 7 1 view -0
	ret
	.loc 1 8 1 view .LVU4
	.skip 3
	.loc 1 9 1 view -0
	ret
	.loc 1 10 1 view .LVU5
	.byte 1
	.fill 3, 1, 0
	.loc 1 11 1 view -0
	ret
