	.section .e1, "a"
	.section .e2, "aw", @nobits
	.text
