# -g rows for macro expansions: every statement of an expansion gets the line (and file) of the outermost
# macro call, including nested macros, .rept/.irp and .include inside the macro; .rept/.irp outside macros
# keep the body's lines.
	.macro	inner
	nop
	ret
	.endm
	.macro	inc_mac
	push	%rbx
	pop	%rbx
	.endm
	.macro	outer n
	inc	%eax
	inner
	.rept	\n
	dec	%eax
	.endr
	.irp	r, %rcx, %rdx
	push	\r
	.endr
	.include "dwarf_macro.s"
	.endm
	.text
	.globl	f
f:
	nop
	outer	2
	inner
	.rept	2
	push	%rax
	pop	%rax
	.endr
	.irpc	c, 12
	mov	$\c, %eax
	.endr
	.rept	2
	inner
	int3
	.endr
	outer	1 ; nop
	inc_mac
	jmp	f
	ret
