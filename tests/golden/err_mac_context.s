	.macro	inner a
	.byte	1
	bogus	\a
	.endm
	.macro	outer x
	inner	\x
	.endm
	inner	$1
	outer	$2
