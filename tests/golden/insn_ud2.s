	.text
	ud2
	int3
	hlt
