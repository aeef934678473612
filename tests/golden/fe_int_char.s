	.data
	.byte 'a, 'Z, '0, ' 
	.long 'a + 1
	.byte '\n, '\\, '\t
