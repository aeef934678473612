	.ifc	a,a
	.byte	1
	.endif
	.ifc	a , a
	.byte	2
	.endif
	.ifc	A,a
	.byte	3
	.endif
	.ifnc	a,b
	.byte	4
	.endif
	.ifc	,
	.byte	5
	.endif
	.macro	isreg r
	.ifc	\r,%rax
	.byte	6
	.else
	.byte	7
	.endif
	.endm
	isreg	%rax
	isreg	%rbx
