# a new section always gets "a",@progbits, even where gas's name-based defaults differ
	.text
	.pushsection_table .data.tab
	.long 1
	.popsection
	.pushsection_table .note.tab
	.long 2
	.popsection
	.pushsection_table __ex_table
	.long 3
	.popsection
