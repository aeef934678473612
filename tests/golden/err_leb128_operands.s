# .uleb128/.sleb128 operands that gas cannot resolve to one section once addresses are known: a difference
# of symbols in two sections, a unary minus or complement of a symbol, an operator other than + and - on a
# symbol. Each is reported after relaxation at its own line, as gas resolves the operand.
	.text
t:	nop
	.data
a:	.byte	0
	.comm	c, 8
	.uleb128 a-t
	.uleb128 a-ext
	.uleb128 ext-a
	.sleb128 5-a
	.uleb128 ext-ext2
	.sleb128 -a
	.sleb128 -t
	.sleb128 -ext
	.sleb128 ~a
	.sleb128 ~c
	.sleb128 -(a+1)
	.uleb128 a*2
	.uleb128 ext*2
	.uleb128 a&&1
	.uleb128 t>a
	.uleb128 (a-t)+5
	.uleb128 a-b, b-a
	.section .other
b:	.byte	0
