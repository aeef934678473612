# Instructions that name one symbol, repeated with other names: the reader's shape memo must give each the
# bytes, relocations and relaxable jumps it would get alone, and must fall back where the name's value or
# the text's reading differs (equated and absolute symbols, `.`, numeric labels, other specifiers), also when
# the name's value changes after the shape was used with it.
	.text
	.globl	g
g:
	call	f1
	call	f2
	call	f1@PLT
	call	f3@PLT
	call	f1@plt
	jmp	.L1
	jne	.L2
.L1:
	jmp	.L1
	jne	.L1
	jmp	.L2
	jmp	g
	leaq	.LC0(%rip), %rdi
	leaq	.LC1(%rip), %rdi
	movq	x(%rip), %rax
	movq	.Lnew(%rip), %rax
	movq	.Lnew2(%rip), %rax
	movq	.LC0(%rip), %rax
	movl	$f1, %eax
	movl	$f2, %eax
	.set	k1, 7
	movl	$k1, %eax
	addq	$f1, %rsp
	addq	$k1, %rsp
	k2 = 0x12345
	addq	$k2, %rsp
	addq	$f6, %rsp
	addq	$f6, %rsp
	.set	f6, 5
	addq	$f6, %rsp
	addq	$f7, %rsp
	addq	$f7, %rsp
	f7 = 9
	addq	$f7, %rsp
	movl	$f4, %eax
	.set	f4, 3
	movl	$f4, %eax
	.set	e1, f1
	call	e1
	call	f2
	.set	e2, .L2
	jmp	e2
	jmp	.L2
	jmp	*tab(,%rax,8)
	jmp	*tab2(,%rax,8)
	call	*fp(%rip)
	call	*fp2(%rip)
	pushq	$a$b
	pushq	$c$d
	movq	%fs:tls1@tpoff, %rax
	movq	%fs:tls2@tpoff, %rax
	movq	got1@GOTPCREL(%rip), %rax
	movq	got2@GOTPCREL(%rip), %rax
	movl	$.-g, %eax
	movl	$.-g, %eax
1:	jmp	1b
	jmp	1f
1:	jmp	1b
	movb	$1, flag(%rip)
	movb	$1, flag2(%rip)
	cmpq	$0, .LC1(%rip)
	cmpq	$0, .LC0(%rip)
	leaq	16+.LC0(%rip), %rdi
	leaq	16+.LC1(%rip), %rdi
	call	.text
	call	.text
.L2:
	ret
	.section	.text.other,"ax",@progbits
	jmp	.L1
	jmp	.L2
	call	f1
	.section	.rodata
.LC0:
	.quad	1
.LC1:
	.quad	2
.Lnew:
	.quad	3
.Lnew2:
	.quad	4
