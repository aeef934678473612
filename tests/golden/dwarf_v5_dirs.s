	.file 0 "/home/u" "src/a.c"
	.file 1 "src/a.c"
	.file 2 "inc/b.h"
	.file 3 "/usr/include" "c.h"
	.file 4 "src/d.h"
	.loc 1 1
	nop
	.loc 2 2
	nop
	.loc 3 3
	nop
	.loc 4 4
	nop
	.loc 1 5
	ret
