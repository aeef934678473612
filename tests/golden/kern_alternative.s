# 0 "kern_alternative.S"
# 0 "<built-in>"
# 0 "<command-line>"
# 1 "/usr/include/stdc-predef.h" 1 3 4
# 0 "<command-line>" 2
# 1 "kern_alternative.S"
# 30 "kern_alternative.S"
 .macro OLDINSTR oldinstr
661:
 \oldinstr
662:
 .skip -(((664f-663f)-(662b-661b)) > 0) * ((664f-663f)-(662b-661b)), 0x90
 .endm

 .macro ALTERNATIVE oldinstr, newinstr, feature
 OLDINSTR "\oldinstr"
665:
 .pushsection .altinstructions, "a"
 .long 661b - .
 .long 663f - .
 .4byte \feature
 .byte 665b - 661b
 .byte 664f - 663f
 .popsection
 .pushsection .altinstr_replacement, "ax"
663:
 \newinstr
664:
 .popsection
 .endm

 .macro ANNOTATE_NOENDBR
 .pushsection .discard.noendbr
 .long . - .
 .popsection
 .endm

 .text
 .globl kern_memcpy
 .type kern_memcpy, @function
kern_memcpy:
 ANNOTATE_NOENDBR
 movq %rdi, %rax
 movq %rdx, %rcx
 ALTERNATIVE "shrq $3, %rcx; rep movsq", "rep movsb", (9*32 + 9)
1: ret
 .size kern_memcpy, . - kern_memcpy

 .globl kern_get_user
 .type kern_get_user, @function
kern_get_user:
 ALTERNATIVE "", "stac", (9*32 + 20)
10: movq (%rdi), %rax
 ALTERNATIVE "", "clac", (9*32 + 20)
 xorl %edx, %edx
 ret
11: movq $-14, %rdx
 xorl %eax, %eax
 ret
 .pushsection_table __ex_table, "a" ; .balign 4 ; .long (10b) - . ; .long (11b) - . ; .popsection
 .size kern_get_user, . - kern_get_user

 .globl kern_warn
 .type kern_warn, @function
kern_warn:
 1: ud2 ; .pushsection __bug_table, "aw" ; 2: .long 1b - . ; .long 3f - . ; .word 88, (1 << 0) ; .org 2b + 12 ; .popsection ; .pushsection .rodata.str1.1, "aMS", @progbits, 1 ; 3: .string "kern_alternative.S" ; .popsection
 .irp reg, rbx, r12, r13
 pushq %\reg
 .endr
 .irp reg, r13, r12, rbx
 popq %\reg
 .endr
 ret
 .size kern_warn, . - kern_warn
