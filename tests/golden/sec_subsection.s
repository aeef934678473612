	.text
	.byte 0
	.subsection 2
	.byte 2
	.subsection 1
	.byte 1
	.subsection 0
	.byte 0x0f
