	.file 1 "a.c"
	.loc_mark_labels 1
	.loc 1 1
	nop
f:
	nop
	.loc 1 5
g:	nop
1:	ret
	.data
h:	.long 0
	.text
	.loc_mark_labels 0
k:	ret
