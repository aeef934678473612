# `=`, `?`, `` ` `` and `\` have no place in an instruction operand outside a string or a character constant:
# gas reports the first of them with the operand's number before it looks at parentheses or parses the
# operand (so `$(a==b)` is rejected although `.long a==b` is fine).
	movl	$(1==1), %eax
	movl	%eax, $1=
	movl	$(1=, %eax
	movl	$1)=, %eax
	movl	(%rax, $2=
	movl	$1?, %eax
	movl	$`1, %eax
	movl	$\1, %eax
	call	a==b
	movl	$'=, %eax
	movl	$'?, %eax
	movl	$(1<>2), %eax
