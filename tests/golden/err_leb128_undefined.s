# A .uleb128/.sleb128 operand that stays undefined: gas finds it only when it converts the fragments after
# relaxation, section by section in fragment order (so after parse-time messages and `.org` errors, and
# before fixup errors). The message names the operand when it is a symbol alone, else the expression
# symbol gas made for it (L0\001).
	.data
	.uleb128 ext
	.long	ext2*2
	.byte	1/0
	.sleb128 ext+1, ext-1+1, 1+ext-1
	.weak	w
	.uleb128 w
	.set	e, ext3
	.uleb128 e, e+4
	.uleb128 foo@PLT
	.subsection 1
	.uleb128 later
	.subsection 0
	.uleb128 earlier

	.section .foo
	.byte	1, 2, 3
	.org	1
	.uleb128 inner

	.data
	.uleb128 last
