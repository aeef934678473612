# Data statements of one symbolic operand (the quick path) next to those the general path reads
	.set	big, 300
	.set	small, 7
	.data
.La:	.long	.Lb
	.quad	.La
	.value	.Lc-.La
	.byte	small
	.byte	big
	.long	small+1-big
	.uleb128 .Lb-.La
	.sleb128 .La-.Lb
	.uleb128 small
	.sleb128 -small
	.quad	.
	.quad	.-.La
	.long	ext
	.long	ext+4
	.long	ext-.La
	.quad	ext@GOTPCREL
	.long	small*2
	.long	.Lb, .La
	.word	(small)
	.int	ext2 + 8
	.4byte	ext3-1
.Lb:	.8byte	.Lc
	.hword	.Lb-.La
	.short	small
	.2byte	big
.Lc:
