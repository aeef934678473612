	.byte 7
	bogus_in_include
