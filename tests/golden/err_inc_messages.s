	.include "bad.s"
	.include "macros.s"
	bad_inside
