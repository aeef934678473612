# A jump with @PLT relaxes like one without it when its target cannot be preempted (a local symbol, or a
# global of non-default visibility); to a global of default visibility it stays near, with PLT32.
	.text
	jmp	.L1@PLT
	jne	.L1@PLT
	jmp	hid@PLT
	je	prot@PLT
	jmp	pub@PLT
	jne	pub@PLT
	jmp	wk@PLT
.L1:
	ret
	.globl	hid
	.hidden	hid
hid:
	ret
	.globl	prot
	.protected prot
prot:
	ret
	.globl	pub
pub:
	ret
	.weak	wk
wk:
	ret
	.fill	200, 1, 0x90
	jmp	.L1@PLT
	jmp	hid@PLT
