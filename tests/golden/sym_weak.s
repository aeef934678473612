	.text
	.weak wf
wf:	ret
