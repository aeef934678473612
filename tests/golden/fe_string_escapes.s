	.data
	.ascii "n\n t\t bs\\ q\" b\b f\f r\r"
