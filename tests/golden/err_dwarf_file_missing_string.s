	.file 1
