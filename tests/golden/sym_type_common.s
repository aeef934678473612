	.type cm, @common
	.comm cm, 8, 8
