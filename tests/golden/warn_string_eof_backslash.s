	.data
	.ascii "\
