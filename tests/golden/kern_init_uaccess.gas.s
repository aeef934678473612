.Lin_init = 0
# 0 "kern_init_uaccess.S"
# 0 "<built-in>"
# 0 "<command-line>"
# 1 "/usr/include/stdc-predef.h" 1 3 4
# 0 "<command-line>" 2
# 1 "kern_init_uaccess.S"
# 19 "kern_init_uaccess.S"
 .macro GET_USER size:req, src:req, dst:req, err=%rdx
.Lload\@:
 .if \size == 8
 movq (\src), \dst
 .elseif \size == 4
 movl (\src), \dst
 .else
 .error "GET_USER: unsupported size"
 .endif
 .pushsection .fixup, "ax"
.Lfix\@:
 movq $-14, \err
 jmp .Ldone\@
 .popsection
.Ldone\@:
 .if .Lin_init ; .pushsection .init.__ex_table, "a" ; .else ; .pushsection __ex_table, "a" ; .endif ; .balign 4 ; .long (.Lload\@) - . ; .long (.Lfix\@) - . ; .popsection
 .endm

 .section .init.text, "ax"
.Lin_init = 1
 .globl init_probe_u64
 .type init_probe_u64, @function
init_probe_u64:
 xorl %edx, %edx
 GET_USER 8, %rdi, %rax
 movq %rdx, (%rsi)
 ret
 .size init_probe_u64, . - init_probe_u64
 .previous
.Lin_init = 0

 .text
 .globl probe_u32
 .type probe_u32, @function
probe_u32:
 xorl %ecx, %ecx
 GET_USER 4, %rdi, %eax, err=%rcx
 movq %rcx, (%rsi)
 ret
 .size probe_u32, . - probe_u32

 .rept 2
 GET_USER size=8, src=%rsi, dst=%r8
 .endr
