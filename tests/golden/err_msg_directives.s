	.error	"boom"
	.err
	.fail	5
	.error
	.error	boom
	.warning "careful"
