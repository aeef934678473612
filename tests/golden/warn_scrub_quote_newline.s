# A character constant whose quote ends the line takes the newline, and the next line continues the statement;
# gas numbers the lines after it one less.
	.data
	.byte 'a, '
, 7
	.byte 300
	.byte 300
