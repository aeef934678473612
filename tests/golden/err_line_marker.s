# 100 "foo.S"
	bogus100
# 5 "bar.h" 1
	bogus5
# 102 "foo.S" 2
	bogus102
	.if	1
