# .loc without .debug_info: gas writes DW_AT_external only for global functions, not for weak ones.
	.file 1 "w.c"
	.text
	.weak	wf
	.type	wf, @function
wf:
	.loc 1 1 1
	ret
	.size	wf, .-wf
	.globl	gf
	.type	gf, @function
gf:
	.loc 1 2 1
	ret
	.size	gf, .-gf
	.type	lf, @function
lf:
	.loc 1 3 1
	ret
	.size	lf, .-lf
