	.warning "careful"
	.warning
	.fail	500
	.print	"printed"
	.byte	1
