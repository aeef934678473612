/*
 * Exception-table entries for the demo's assembly, as arch/x86/include/asm/asm.h writes them: one
 * _ASM_EXTABLE(insn, fixup) per instruction that may fault, two 32-bit self-relative offsets.
 * .pushsection_table picks the table from the section being assembled: __ex_table from .text,
 * .init.__ex_table from .init.text. Included by samples/*.S, which go through gcc -E.
 */
#ifndef GASKET_SAMPLES_EXTABLE_H
#define GASKET_SAMPLES_EXTABLE_H

#define _ASM_EXTABLE(from, to)					\
	.pushsection_table __ex_table, "a" ;			\
	.balign 4 ;						\
	.long (from) - . ;					\
	.long (to) - . ;					\
	.popsection

#define EFAULT	14
#define EIO	5

#endif
