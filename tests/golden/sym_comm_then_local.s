# `.local` after `.comm`: gas keeps the symbol common, and BFD writes common symbols as global, also when the
# symbol names a comdat group. (`.local` before `.comm` allocates it in .bss instead, as `early` shows.)
	.comm	sig,8,8
	.local	sig
	.comm	buf,64,32
	.local	buf
	.local	early
	.comm	early,4,4
	.data
	.quad	sig
	.quad	buf+8
	.quad	early
	.section .text.f,"axG",@progbits,sig,comdat
	ret
