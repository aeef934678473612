	.data
	.byte 5 /* a comment spanning two lines
	   ends the statement */ , 6
