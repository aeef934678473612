	.data
	.long later
	.equiv later, 1
	.equiv later, 2
