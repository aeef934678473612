/*
 * User-copy primitives in the style of arch/x86/lib/{copy_user,getuser,putuser}_64.S,
 * made callable from C with the System V ABI.  Every instruction that may fault on a
 * bad "user" pointer gets an exception-table entry: two 32-bit self-relative offsets,
 * (faulting insn)-. and (fixup)-.  The demo's SIGSEGV handler looks the faulting RIP
 * up and resumes at the fixup. Each entry is one _ASM_EXTABLE(insn, fixup) (extable.h).
 *
 * .pushsection_table picks the table from the section we are in: from .text this is
 * plain __ex_table (see init_probe.S for the .init.text case).
 *
 * stac/clac are left out on purpose: they need CPL 0 and would trap in user space.
 */
#include "extable.h"

	.text

/*
 * size_t gk_copy_from_user(void *dst, const void *usrc, size_t n)
 * Returns the number of bytes NOT copied (0 on success), like copy_from_user().
 */
	.p2align 4
	.globl	gk_copy_from_user
	.type	gk_copy_from_user, @function
gk_copy_from_user:
	movq	%rdx, %rcx
1:	rep movsb
	xorl	%eax, %eax
	ret
	/* A faulting rep movsb leaves %rcx at the count still to do. */
2:	movq	%rcx, %rax
	ret
	_ASM_EXTABLE(1b, 2b)
	.size	gk_copy_from_user, .-gk_copy_from_user

/*
 * size_t gk_copy_to_user(void *udst, const void *src, size_t n)
 * A plain byte loop; returns the number of bytes NOT copied.
 */
	.p2align 4
	.globl	gk_copy_to_user
	.type	gk_copy_to_user, @function
gk_copy_to_user:
	movq	%rdx, %rax
	testq	%rax, %rax
	je	3f
4:	movzbl	(%rsi), %ecx
1:	movb	%cl, (%rdi)
	incq	%rsi
	incq	%rdi
	decq	%rax
	jne	4b
3:	ret
	/* %rax already holds the bytes left, including the one that faulted. */
2:	ret
	_ASM_EXTABLE(1b, 2b)
	.size	gk_copy_to_user, .-gk_copy_to_user

/*
 * long gk_get_user_4(const uint32_t *uptr, uint32_t *val)
 * long gk_get_user_8(const uint64_t *uptr, uint64_t *val)
 * Return 0, or -EFAULT (-14) with *val zeroed.
 */
/* One function per size: a gas macro, as the kernel's getuser.S writes its size variants. */
	.macro GK_GET_USER bytes, suffix, tmp
	.p2align 4
	.globl	gk_get_user_\bytes
	.type	gk_get_user_\bytes, @function
gk_get_user_\bytes:
1:	mov\suffix	(%rdi), \tmp
	mov\suffix	\tmp, (%rsi)
	xorl	%eax, %eax
	ret
2:	mov\suffix	$0, (%rsi)
	movq	$-EFAULT, %rax
	ret
	_ASM_EXTABLE(1b, 2b)
	.size	gk_get_user_\bytes, .-gk_get_user_\bytes
	.endm

	GK_GET_USER 4, l, %edx
	GK_GET_USER 8, q, %rdx

/*
 * long gk_put_user_4(uint32_t *uptr, uint32_t val)
 * long gk_put_user_8(uint64_t *uptr, uint64_t val)
 * Return 0 or -EFAULT.  Both share one fixup, as putuser_64.S does.
 */
	.p2align 4
	.globl	gk_put_user_4
	.type	gk_put_user_4, @function
gk_put_user_4:
1:	movl	%esi, (%rdi)
	xorl	%eax, %eax
	ret
	_ASM_EXTABLE(1b, .Lput_user_fault)
	.size	gk_put_user_4, .-gk_put_user_4

	.p2align 4
	.globl	gk_put_user_8
	.type	gk_put_user_8, @function
gk_put_user_8:
1:	movq	%rsi, (%rdi)
	xorl	%eax, %eax
	ret
	_ASM_EXTABLE(1b, .Lput_user_fault)
	.size	gk_put_user_8, .-gk_put_user_8

.Lput_user_fault:
	movq	$-EFAULT, %rax
	ret

/*
 * long gk_strnlen_user(const char *ustr, long max)
 * Length of the string including its NUL, 0 if no NUL within max, -EFAULT on a fault.
 */
	.p2align 4
	.globl	gk_strnlen_user
	.type	gk_strnlen_user, @function
gk_strnlen_user:
	pushq	%rbx
	xorl	%eax, %eax
	leaq	(%rdi), %rbx
3:	cmpq	%rsi, %rax
	jae	4f
1:	movzbl	(%rbx,%rax), %edx
	addq	$1, %rax
	testb	%dl, %dl
	jne	3b
	popq	%rbx
	ret
4:	xorl	%eax, %eax
	popq	%rbx
	ret
2:	movq	$-EFAULT, %rax
	popq	%rbx
	ret
	_ASM_EXTABLE(1b, 2b)
	.size	gk_strnlen_user, .-gk_strnlen_user

	.section .note.GNU-stack, "", @progbits
