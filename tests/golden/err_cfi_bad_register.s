	.text
f:
	.cfi_startproc
	.cfi_undefined %eax
	.cfi_undefined foo
	.cfi_undefined -1
	.cfi_undefined %foo
	.cfi_undefined
	.cfi_offset %ax, 8
	.cfi_offset rax+1, 8
	.cfi_def_cfa_register %ymm0
	.cfi_restore %rax, %bogus
	.cfi_restore %rax,
	.cfi_register %rbx, %cr0
	.cfi_return_column %eip
	ret
	.cfi_endproc
