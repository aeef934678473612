	.text
	stac
	clac
