	.data
	.ascii "\x41\x7f\xff\x0"
	.ascii "\x4142"
