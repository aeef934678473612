	.text
	.weak wh
	.hidden wh
wh:	ret
	.data
	.quad wh
