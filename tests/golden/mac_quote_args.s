# Single quotes: the scrubber turns a character constant 'c (optional closing ', escapes)
# into its decimal value and drops the blanks after it, so 'x y' is one argument 120y39
	.macro m a, b, c
	.ascii "[\a][\b][\c]"
	.endm
	m 'x y', z
	m 'a,b', c
	m 'a'b, c
	m "a" "b", c
	m '\'' 'b
	m '', 1
	m 'x,'y
	m 1 'a 2
	m a 'b 'c
	m ( 'a )
	m '	x
	m ' x
	m "'a"
	.macro show x:vararg
	.ascii "[\x]"
	.endm
	show 'x  y z
	show '\n '\\ '\0 '\x41 '\101 '\t '\" '\e '\b '\q '\r '\f '\v '\a
	show 'a'  'b' c
	show '# ';
	.macro b v
	.byte \v
	.endm
	b "'a'"
	b "'\n"
	.byte 'a', 'a'+1, ' ', '\'', '\"', '#, ';, '\\, '\0
	movl $'a', %eax
	.altmacro
	.macro n a, b=2, c=3
	.ascii "[a][b][c]"
	.endm
	n 'x y', z
	n 'ab' c
	n <'a> c
