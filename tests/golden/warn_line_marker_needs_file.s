	.text
# 12-byte entries follow
	.data
	.long 1/0
# 40 "other.S"
	.long 2/0
