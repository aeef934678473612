# a new section always gets "a",@progbits, even where gas's name-based defaults differ
	.text
	.pushsection .data.tab, "a", @progbits
	.long 1
	.popsection
	.pushsection .note.tab, "a", @progbits
	.long 2
	.popsection
	.pushsection __ex_table, "a", @progbits
	.long 3
	.popsection
