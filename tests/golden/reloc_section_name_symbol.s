	.data
	.long .text
	.quad .data+4
	.section .debug_info,"",@progbits
	.long 0
	.data
	.long .debug_info
