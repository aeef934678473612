	.data
	.long 1
	.pushsection_table __tbl
	.long 2
	.popsection
	.long 3
