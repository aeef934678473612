	.macro	def_label name, suffix
\name\()_\suffix:
	.long	\name\()_\suffix - .
	.endm
	.text
	def_label foo, start
	def_label foo, end
	.globl	foo_start
