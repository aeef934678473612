	.lcomm lbuf2, 8, 8
