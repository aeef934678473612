	.data
	.incbin	"blob.bin"
	.incbin	"blob.bin", 4
	.incbin	"blob.bin", 2, 3
	.incbin	"blob.bin", 16
