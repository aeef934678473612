# Data statements of one plain literal take a short path; these are its edges beside the general path.
	.data
	.byte	1
	.byte	2 
	.byte	3, 4
	.BYTE	5
	.byte	-1
	.uleb128 -1
	.uleb128 0x3fff
	.sleb128 -129
	.sleb128 0x40
	.2byte	0xffff
	.4byte	-2
	.8byte	0x7fffffffffffffff
	.hword	7
	.int	8
	.long	123456789
	.quad	-9
	.value	0x10
	.short	011
	.word	0b101
	.byte	'a
	.byte	1+1
x:	.byte	9
	.uleb128 18446744073709551615
	.quad	123456789012345678
	.quad	1234567890123456789
.long : .byte 5
	.quad	.long
.byte = 7
	.byte	.byte
	.long	x, x+1
	.uleb128 y-x
y:
	.long	0X1F
	.long	0xABCDEF
	.quad	0x123456789abcdef
	.quad	0x123456789abcdef0
	.byte	- 5
	.byte	7	
	.uleb128 000
	.long	4294967295
