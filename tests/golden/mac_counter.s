	.macro	uniq
.Lu\@:	.byte	\@
	.endm
	uniq
	uniq
	uniq
