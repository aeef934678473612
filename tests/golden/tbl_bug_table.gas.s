# lowered twin: bug_table: kernel-style entries from .text, .text.bug_table_hot, .init.text, .exit.text (prefix mode)
	.text
f0:
1:	ud2
	.pushsection __bug_table, "aw"
2:	.long	1b - .
	.long	.Lfile0 - .
	.word	00
	.word	0x901
	.org	2b + 12
	.popsection
	.pushsection .rodata.str1.1, "aMS", @progbits, 1
.Lfile0:
	.string	"drivers/demo0.c"
	.popsection
	.section .text.bug_table_hot, "ax", @progbits
f1:
1:	ud2
	.pushsection __bug_table, "aw"
2:	.long	1b - .
	.long	.Lfile1 - .
	.word	10
	.word	0x901
	.org	2b + 12
	.popsection
	.pushsection .rodata.str1.1, "aMS", @progbits, 1
.Lfile1:
	.string	"drivers/demo1.c"
	.popsection
	.section .init.text, "ax", @progbits
f2:
1:	ud2
	.pushsection .init.__bug_table, "aw"
2:	.long	1b - .
	.long	.Lfile2 - .
	.word	20
	.word	0x901
	.org	2b + 12
	.popsection
	.pushsection .rodata.str1.1, "aMS", @progbits, 1
.Lfile2:
	.string	"drivers/demo2.c"
	.popsection
	.section .exit.text, "ax", @progbits
f3:
1:	ud2
	.pushsection .exit.__bug_table, "aw"
2:	.long	1b - .
	.long	.Lfile3 - .
	.word	30
	.word	0x901
	.org	2b + 12
	.popsection
	.pushsection .rodata.str1.1, "aMS", @progbits, 1
.Lfile3:
	.string	"drivers/demo3.c"
	.popsection
