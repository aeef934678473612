	.data
a: b: c:	.long 1
d:
e:
	.long a, b, c, d, e
