# --noexecstack without a .note.GNU-stack in the input: gas adds an empty one after the input's sections and
# before the DWARF and .eh_frame sections it makes at the end.
	.text
	.globl	f
	.type	f, @function
f:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	popq	%rbp
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
	.size	f, .-f
	.section	.rodata
	.long	1
