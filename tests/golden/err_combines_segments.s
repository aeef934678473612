# An operator on two symbols in different segments is rejected while the line is parsed ("operation combines
# symbols in different segments"), for `+' as for the other operators, and a common symbol's segment is *COM*;
# the message about the value follows when it is resolved. Subtraction and common symbols of one segment
# are not rejected here.
	.text
t:	nop
	.comm	c, 8
	.comm	d, 8
	.data
a:	.long	a+t
	.long	t+a+1
	.long	a*c
	.quad	c|a, a&c, c+a
	.uleb128 c+a
	.long	c*d
	.long	a-t
