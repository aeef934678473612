# .uleb128/.sleb128 of a symbol: gas writes the symbol's offset in its own section (plus any addend), sized
# after relaxation like any other LEB128 operand. Labels before and after, in this section and in others,
# weak and global ones, `.`, a section symbol, an equate, a common symbol (its size) and `!` of symbols.
	.text
	nop
lab2:	nop
	jmp	far
	.fill	120, 1, 0x90
far:	ret

	.data
	.byte	1
	.uleb128 lab
	.uleb128 lab2
	.uleb128 lab+300
	.sleb128 lab-100
	.sleb128 far, far+8, far-lab2
	.uleb128 after
	.uleb128 .
	.uleb128 .data+5, .text+200
lab:	.long	2
	.weak	w
	.globl	g
w:	.byte	3
g:	.uleb128 w+1, g
	.set	eq, lab+4
	.uleb128 eq, eq2
	.set	eq2, lab2+127
	.comm	c, 200, 8
	.comm	d, 40
	.uleb128 c, c-d, c-c+1
	.sleb128 !lab, !ext, !(lab-lab)
	.sleb128 lab==lab, lab!=w, lab<w, g>=w, ext==ext
	.subsection 1
sub1:	.uleb128 sub0
	.subsection 0
	.fill	100, 1, 0
sub0:	.byte	4

	.section .rodata
	.byte	0, 0
after:	.uleb128 after, lab
