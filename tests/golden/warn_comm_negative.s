	.comm c, -1
