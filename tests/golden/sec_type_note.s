	.section .note.test, "a", @note
	.long 4, 4, 1
	.ascii "GNU\0"
	.long 0
