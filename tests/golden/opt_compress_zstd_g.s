# --compress-debug-sections=zstd with --gdwarf-5: the DWARF gas generates itself, each section compressed
# when its zstd frame plus header is smaller.
	.text
	.globl	f
f:
	.irp r,rax,rbx,rcx,rdx,rsi,rdi,rbp,r8,r9,r10,r11,r12,r13,r14,r15
	pushq	%\r
	movq	%rsp, %\r
	popq	%\r
	.endr
	ret
	.section .text.g,"ax",@progbits
g:	ret
	.data
	.quad	1
