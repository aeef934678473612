	.text
	jmp .Lx
	.long .Ly
foo:
	.globl foo
	call .Lz
	movq .Lw(%rip), %rax
	jmp bar
	.section .data
	.quad .Lv
	.byte .Lu
