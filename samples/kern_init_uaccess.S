/*
 * Init-only user-access helpers in the kernel style: the same _ASM_EXTABLE macro used from .init.text,
 * where .pushsection_table lands the entries in .init.__ex_table, and from .text, where they land in
 * __ex_table. The fixup code goes to .fixup through a gas macro with \@-unique labels. Assemble with:
 *   gcc -E -x assembler-with-cpp samples/kern_init_uaccess.S | gasket --64 -o kern_init_uaccess.o
 */
#define __INIT		.section .init.text, "ax"
#define __FINIT		.previous
#define EFAULT		14

#define _ASM_EXTABLE(from, to)					\
	.pushsection_table __ex_table, "a" ;			\
	.balign 4 ;						\
	.long (from) - . ;					\
	.long (to) - . ;					\
	.popsection

	/* A faulting load of \size bytes from (\src) into \dst, returning -EFAULT in \err. */
	.macro	GET_USER size:req, src:req, dst:req, err=%rdx
.Lload\@:
	.if	\size == 8
	movq	(\src), \dst
	.elseif	\size == 4
	movl	(\src), \dst
	.else
	.error	"GET_USER: unsupported size"
	.endif
	.pushsection .fixup, "ax"
.Lfix\@:
	movq	$-EFAULT, \err
	jmp	.Ldone\@
	.popsection
.Ldone\@:
	_ASM_EXTABLE(.Lload\@, .Lfix\@)
	.endm

	__INIT
	.globl	init_probe_u64
	.type	init_probe_u64, @function
init_probe_u64:
	xorl	%edx, %edx
	GET_USER 8, %rdi, %rax
	movq	%rdx, (%rsi)
	ret
	.size	init_probe_u64, . - init_probe_u64
	__FINIT

	.text
	.globl	probe_u32
	.type	probe_u32, @function
probe_u32:
	xorl	%ecx, %ecx
	GET_USER 4, %rdi, %eax, err=%rcx
	movq	%rcx, (%rsi)
	ret
	.size	probe_u32, . - probe_u32

	.rept	2
	GET_USER size=8, src=%rsi, dst=%r8
	.endr
