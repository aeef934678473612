	.include "open_if.s"
	.byte	9
