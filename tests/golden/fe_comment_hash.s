# a whole-line comment
	.text
	nop		# trailing comment after an instruction
	.byte 1, 2	# comment after data
# .byte 99   (commented-out directive must not assemble)
	ret
