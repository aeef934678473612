	.hidden hu
	.text
	call hu
