	.file 0 "/p" "f0.c"
	.file 1 "f1.c"
	.file 2 "f2.h"
	.file 3 "f3.h"
	.file 4 "f4.h"
	.file 5 "f5.h"
	.file 6 "f6.h"
	.file 7 "f7.h"
	.file 8 "f8.h"
	.file 9 "f9.h"
	.file 10 "f10.h"
	.file 11 "f11.h"
	.file 12 "f12.h"
	.file 13 "f13.h"
	.file 14 "f14.h"
	.file 15 "f15.h"
	.file 16 "f16.h"
	.file 17 "f17.h"
	.file 18 "f18.h"
	.file 19 "f19.h"
	.file 20 "f20.h"
	.file 21 "f21.h"
	.loc 1 1
	nop
	.loc 20 1
	nop
	.loc 7 9
	nop
	.loc 21 3
	nop
	.loc 1 2
	ret
