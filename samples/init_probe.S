/*
 * Init-only code: runs once at start-up and is then freed (unmapped) by the demo.
 *
 * Its exception-table entries must not land in __ex_table, or that table would keep
 * pointing into freed memory.  They are written with the same _ASM_EXTABLE as usercopy.S
 * (extable.h); because the current section is .init.text, its ".pushsection_table
 * __ex_table" pushes .init.__ex_table instead, which the runtime drops together with
 * the init text.
 */
#include "extable.h"

	.section .init.text, "ax", @progbits

/*
 * long gk_init_checksum(const uint8_t *ubuf, size_t n, uint64_t *sum)
 * Adds up n user bytes into *sum.  Returns 0, or -EFAULT with *sum left partial.
 */
	.p2align 4
	.globl	gk_init_checksum
	.type	gk_init_checksum, @function
gk_init_checksum:
	xorl	%eax, %eax
	movq	$0, (%rdx)
	testq	%rsi, %rsi
	je	3f
1:	movzbl	(%rdi), %ecx
	addq	%rcx, (%rdx)
	incq	%rdi
	decq	%rsi
	jne	1b
3:	ret
2:	movq	$-EFAULT, %rax
	ret
	_ASM_EXTABLE(1b, 2b)
	.size	gk_init_checksum, .-gk_init_checksum

/*
 * long gk_init_load(void *dst, const void *usrc, size_t n)
 * Probes the first user byte from init code, then copies through the .text routine.
 * Returns 0, -EFAULT if the probe faults, or -EIO (-5) if the copy comes up short.
 */
	.p2align 4
	.globl	gk_init_load
	.type	gk_init_load, @function
gk_init_load:
	testq	%rdx, %rdx
	je	3f
1:	cmpb	$0, (%rsi)
	subq	$8, %rsp
	call	gk_copy_from_user
	addq	$8, %rsp
	testq	%rax, %rax
	jne	4f
3:	xorl	%eax, %eax
	ret
4:	movq	$-EIO, %rax
	ret
2:	movq	$-EFAULT, %rax
	ret
	_ASM_EXTABLE(1b, 2b)
	.size	gk_init_load, .-gk_init_load

	.section .note.GNU-stack, "", @progbits
