	.section
