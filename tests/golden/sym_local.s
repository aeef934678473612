	.local lv
	.data
lv:	.long 1
	.quad lv
