/*
 * Kernel idiom through cpp and gas macros: ALTERNATIVE patch sites with the 661/662/663 local labels,
 * exception-table entries through .pushsection_table, __bug_table entries, strings pushed into
 * .rodata.str1.1, and .discard sections. Assemble with:
 *   gcc -E -x assembler-with-cpp samples/kern_alternative.S | gasket --64 -o kern_alternative.o
 */
#define X86_FEATURE_ERMS	(9*32 + 9)
#define X86_FEATURE_SMAP	(9*32 + 20)
#define BUGFLAG_WARNING		(1 << 0)

#define _ASM_EXTABLE(from, to)					\
	.pushsection_table __ex_table, "a" ;			\
	.balign 4 ;						\
	.long (from) - . ;					\
	.long (to) - . ;					\
	.popsection

#define ASM_BUG_FLAGS(flags)					\
	1: ud2 ;						\
	.pushsection __bug_table, "aw" ;			\
	2: .long 1b - . ;					\
	.long 3f - . ;						\
	.word __LINE__, flags ;					\
	.org 2b + 12 ;						\
	.popsection ;						\
	.pushsection .rodata.str1.1, "aMS", @progbits, 1 ;	\
	3: .string __FILE__ ;					\
	.popsection

	.macro	OLDINSTR oldinstr
661:
	\oldinstr
662:
	.skip -(((664f-663f)-(662b-661b)) > 0) * ((664f-663f)-(662b-661b)), 0x90
	.endm

	.macro	ALTERNATIVE oldinstr, newinstr, feature
	OLDINSTR "\oldinstr"
665:
	.pushsection .altinstructions, "a"
	.long	661b - .
	.long	663f - .
	.4byte	\feature
	.byte	665b - 661b
	.byte	664f - 663f
	.popsection
	.pushsection .altinstr_replacement, "ax"
663:
	\newinstr
664:
	.popsection
	.endm

	.macro	ANNOTATE_NOENDBR
	.pushsection .discard.noendbr
	.long	. - .
	.popsection
	.endm

	.text
	.globl	kern_memcpy
	.type	kern_memcpy, @function
kern_memcpy:
	ANNOTATE_NOENDBR
	movq	%rdi, %rax
	movq	%rdx, %rcx
	ALTERNATIVE "shrq $3, %rcx; rep movsq", "rep movsb", X86_FEATURE_ERMS
1:	ret
	.size	kern_memcpy, . - kern_memcpy

	.globl	kern_get_user
	.type	kern_get_user, @function
kern_get_user:
	ALTERNATIVE "", "stac", X86_FEATURE_SMAP
10:	movq	(%rdi), %rax
	ALTERNATIVE "", "clac", X86_FEATURE_SMAP
	xorl	%edx, %edx
	ret
11:	movq	$-14, %rdx
	xorl	%eax, %eax
	ret
	_ASM_EXTABLE(10b, 11b)
	.size	kern_get_user, . - kern_get_user

	.globl	kern_warn
	.type	kern_warn, @function
kern_warn:
	ASM_BUG_FLAGS(BUGFLAG_WARNING)
	.irp	reg, rbx, r12, r13
	pushq	%\reg
	.endr
	.irp	reg, r13, r12, rbx
	popq	%\reg
	.endr
	ret
	.size	kern_warn, . - kern_warn
