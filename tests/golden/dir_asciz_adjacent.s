# Adjacent strings make one string: .asciz and .string put one NUL after the whole of it
	.data
	.asciz "one" "two", "three"
	.string "a" "b"
	.ascii "c" "d"
