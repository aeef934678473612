	.section "odd name", "a"
	.byte 1
	.section "comma,sec", "aw"
	.byte 2
