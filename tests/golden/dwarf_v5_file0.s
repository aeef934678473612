	.file 0 "/src/proj" "main.c"
	.file 1 "main.c"
	.loc 1 10 5
	pushq %rbp
	.loc 1 11 3
	movq %rsp, %rbp
	.loc 1 12 1
	popq %rbp
	ret
