	.data
	.ascii "hello"
	.ascii "a", "b", "c"
