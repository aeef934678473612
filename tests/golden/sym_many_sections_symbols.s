	.text
t1:	ret
	.data
d1:	.long 1
	.bss
b1:	.skip 4
	.section .rodata
r1:	.byte 1
	.text
	lea d1(%rip), %rax
	lea b1(%rip), %rax
	lea r1(%rip), %rax
