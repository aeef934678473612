	.include "no_such_file.s"
	.include no_quotes.s
	.incbin	"no_such_file.bin"
	.incbin	"blob.bin", 20
	.incbin	"blob.bin", 2, 30
	.incbin	"blob.bin", -1
