	.pushsection
