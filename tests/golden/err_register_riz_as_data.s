	.data
	.long %eax
	.long (%eax), %xmm0
	.uleb128 %r8
	.sleb128 %st(3)
	.long %riz
