	.macro	va a, b:vararg
	.ascii	"<\a|\b>"
	.endm
	va	1 + 2
	va	1 - 2
	va	1 -2
	va	1+ 2
	va	1 * 2
	va	(1) (2)
	va	x(1) y
	va	-1 -2
	va	%eax,%ebx
	va	a =1
	va	1,2  3
	va	$1 , $2
	va	1 << 2
