	.text
	ret
	.section .note.GNU-stack, "", @progbits
