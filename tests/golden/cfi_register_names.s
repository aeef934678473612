	.text
f:
	.cfi_startproc
	nop
	.cfi_undefined %rax
	.cfi_same_value rax
	.cfi_undefined %rdx
	.cfi_same_value rdx
	.cfi_undefined %rcx
	.cfi_same_value rcx
	.cfi_undefined %rbx
	.cfi_same_value rbx
	.cfi_undefined %rsi
	.cfi_same_value rsi
	.cfi_undefined %rdi
	.cfi_same_value rdi
	.cfi_undefined %rbp
	.cfi_same_value rbp
	.cfi_undefined %rsp
	.cfi_same_value rsp
	.cfi_undefined %r8
	.cfi_same_value r8
	.cfi_undefined %r9
	.cfi_same_value r9
	.cfi_undefined %r10
	.cfi_same_value r10
	.cfi_undefined %r11
	.cfi_same_value r11
	.cfi_undefined %r12
	.cfi_same_value r12
	.cfi_undefined %r13
	.cfi_same_value r13
	.cfi_undefined %r14
	.cfi_same_value r14
	.cfi_undefined %r15
	.cfi_same_value r15
	.cfi_undefined %rip
	.cfi_same_value rip
	.cfi_undefined %xmm0
	.cfi_same_value xmm0
	.cfi_undefined %xmm7
	.cfi_same_value xmm7
	.cfi_undefined %xmm15
	.cfi_same_value xmm15
	.cfi_undefined %xmm16
	.cfi_same_value xmm16
	.cfi_undefined %xmm31
	.cfi_same_value xmm31
	.cfi_undefined %st
	.cfi_same_value st
	.cfi_undefined %st(0)
	.cfi_same_value st(0)
	.cfi_undefined %st(3)
	.cfi_same_value st(3)
	.cfi_undefined %st0
	.cfi_same_value st0
	.cfi_undefined %st7
	.cfi_same_value st7
	.cfi_undefined %mm0
	.cfi_same_value mm0
	.cfi_undefined %mm7
	.cfi_same_value mm7
	.cfi_undefined %rflags
	.cfi_same_value rflags
	.cfi_undefined %eflags
	.cfi_same_value eflags
	.cfi_undefined %es
	.cfi_same_value es
	.cfi_undefined %cs
	.cfi_same_value cs
	.cfi_undefined %ss
	.cfi_same_value ss
	.cfi_undefined %ds
	.cfi_same_value ds
	.cfi_undefined %fs
	.cfi_same_value fs
	.cfi_undefined %gs
	.cfi_same_value gs
	.cfi_undefined %fs.base
	.cfi_same_value fs.base
	.cfi_undefined %gs.base
	.cfi_same_value gs.base
	.cfi_undefined %tr
	.cfi_same_value tr
	.cfi_undefined %ldtr
	.cfi_same_value ldtr
	.cfi_undefined %mxcsr
	.cfi_same_value mxcsr
	.cfi_undefined %fcw
	.cfi_same_value fcw
	.cfi_undefined %fsw
	.cfi_same_value fsw
	.cfi_undefined %k0
	.cfi_same_value k0
	.cfi_undefined %k7
	.cfi_same_value k7
	.cfi_undefined %RBX
	.cfi_same_value RBX
	.cfi_undefined %Xmm3
	.cfi_same_value Xmm3
	.cfi_offset 1+2, -8
	.set R, 12
	.cfi_offset R, -8
	.cfi_undefined %st ( 2 )
	ret
	.cfi_endproc
