	.file	"d.c"
	.text
.Ltext0:
	.file 0 "/tmp/t" "d.c"
	.globl	x
	.data
x:	.long	1
	.file 1 "d.c"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.long	0x10
	.long	.Ldebug_line0
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.note.GNU-stack,"",@progbits
