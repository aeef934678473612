	.byte	1
	.abort
	bogus
