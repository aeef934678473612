	.data
	.ascii "\q\z\%"
