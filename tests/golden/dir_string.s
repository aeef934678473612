	.data
	.string "str"
	.string "one", "two"
