# String lines the reader and .ascii read straight from the text, next to those the scrubber must see
	.section .rodata.str1.1,"aMS",@progbits,1
	.string	"plain"
	.string	""
	.ascii	"a;b#c/d'e"
	.string	"tab\there\"quote\\"
	.asciz	"one" "two", "three"
	.string	"x" # a comment
	.string	"y" ; .byte 7
	.string	"z" /* block */ ; .byte 8
	.ascii	"\101\x42\n"
	.byte	'a, 0
	.string	"open
string"
	.ascii	"end"
	.macro	s t
	.string	"\t-m"
	.endm
	s	"q"
	.string	"\\"
	.string	"a\\b"
