# The file ends right after a quote: gas takes NUL, and says so where its scrubber reaches the end.
	.data
	.byte 300
	.byte '