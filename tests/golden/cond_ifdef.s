x = 5
	.ifdef	x
	.byte	1
	.endif
	.ifdef	y
	.byte	2
	.endif
	.ifndef	y
	.byte	3
	.endif
	.ifnotdef x
	.byte	4
	.endif
lab:
	.ifdef	lab
	.byte	5
	.endif
	.ifdef	.
	.byte	6
	.endif
