	.data
	.byte 1
/* this comment
	.byte 2
   spans several lines
	.byte 3 */
	.byte 4
	.byte 5 /* starts here
	   and ends here */
	.byte 6
