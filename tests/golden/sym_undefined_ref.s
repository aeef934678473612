	.text
	call undef_fn
	movl undef_var(%rip), %eax
	.data
	.quad undef_ptr
