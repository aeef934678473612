	.section .rodata
	.byte 1
	.section .rodata.str1.1
	.byte 2
	.section .text.hot
	nop
	.section .data.rel.ro
	.byte 3
	.section .bss.zero
	.skip 4
	.section .tdata
	.long 5
	.section .tbss
	.skip 8
