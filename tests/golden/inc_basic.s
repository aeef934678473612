	.byte	1
	.include "outer.s"
	.byte	2
