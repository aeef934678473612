# &name outside .altmacro: a formal's value (inside strings too), one trailing & dropped;
# &&, unknown names, &1 and case mismatches are copied as they are
	.macro m name, v, e
	sym_&name = \v
	and_&name&_ = 3
	.long sym_&name
	.ascii "1:&&name|&name&&|&unk&|&unk&x|&unk|&\name|&|&1|& name|&e|&e&|&v&v&v"
	.ascii "2:\name&|&name\()x|\name\v|&name\v|&NAME|&_name|&name.x|&1&name"
	.endm
	m foo, 3
	.irp x, a, b
	.ascii "&x|&&x|x&x&"
	.endr
	.irpc x, ab
	.ascii "&x"
	.endr
	.rept 1
	.ascii "&x"
	.endr
# in .altmacro mode, && is copied and the name after it is still a formal
	.altmacro
	.macro n name, v
	.ascii "&name|\name|&v|name|&&name|&unk&v"
	.endm
	n foo, 3
