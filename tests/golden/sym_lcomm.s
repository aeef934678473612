	.lcomm lbuf, 32
	.lcomm lbuf2, 8
	.data
	.quad lbuf, lbuf2
