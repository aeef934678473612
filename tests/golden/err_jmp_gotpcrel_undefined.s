	.text
	jmp y@GOTPCREL
	je y@GOTPCREL
