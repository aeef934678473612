	.include "macros.s"
	put_pair 1, 2
	put_pair 3 4
