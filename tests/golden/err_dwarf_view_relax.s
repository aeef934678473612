# A `view 0` assertion that only layout can check: the alignment after the relaxable jump turns out to pad
# nothing, so the second row shares the first's address and its view is 1 ("view number mismatch", reported
# after layout without a line).
	.file 1 "a.c"
	.text
	.rept 6
	nop
	.endr
	jmp 2f
	.loc 1 1 view 0
	.p2align 3
	.loc 1 2 view 0
	nop
2:
	ret
