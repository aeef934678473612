	.text
	.nops	2f-1f
1:	.byte	1, 2, 3, 4, 5
2:	ret
