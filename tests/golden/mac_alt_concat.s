# .altmacro: name&text concatenation and &name
	.altmacro
	.macro def name, v
	sym_&name = v
	name&_x = v+1
	.long sym_&name, name&_x
	.endm
	def foo, 3
	def bar, 10
