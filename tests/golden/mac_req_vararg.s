	.macro	emit first:req, rest:vararg
	.byte	\first
	.ascii	"[\rest]"
	.endm
	emit	1
	emit	2, 3, 4
	emit	5 6 7
	emit	first=8, rest=9
