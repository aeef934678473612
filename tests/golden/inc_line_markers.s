# 1 "kern.S"
# 1 "<built-in>"
# 1 "<command-line>"
# 1 "kern.S"
# 1 "include/asm.h" 1
	.macro	m
	.byte	1
	.endm
# 2 "kern.S" 2
	m
	.line	100
	.byte	2
