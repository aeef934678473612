# Data whose value is `!`, `==` or `!=` of symbols: neither a symbol plus an addend nor known while the line is
# read, so gas makes it an expression symbol and resolves that when fixing up: a number (`!` of a symbol's
# value, == and != true only for one value in one section, or the same undefined symbol).
	.text
t:	nop
	.comm	c, 8
	.data
	.byte	0, 0
a:	.byte	0
	.long	!a, !t, !ext, !c, !(a-a)
	.quad	a==ext, a!=ext, ext==ext, ext!=ext2, later==t, later!=t, a==a+0
	.byte	!later, later<>later2
	.short	!b, b==b
	.text
later:	nop
later2:	movl	$!a, %eax
	push	$!t
	movl	$(later<>later2), %ecx
	.data
b:	.byte	1
