	.text
	ret
	ret $8
	retq
	lretq
	leave
