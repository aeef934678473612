	.macro	m v
	.byte	\v
	.endm
lab1:	m	1
lab2: m 2
	.long	lab2-lab1
