	.data
	.ascii "\400\777"
