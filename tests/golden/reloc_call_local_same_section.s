	.text
helper:	ret
	call helper
	call fwd
fwd:	ret
