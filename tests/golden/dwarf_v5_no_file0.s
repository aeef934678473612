	.file 1 "src/a.c"
	.file 2 "b.h"
	.loc 1 1
	nop
	.loc 2 9
	ret
