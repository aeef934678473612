	.text
f:	ret
	call f
	call g
	call *%rax
	call *%r11
	call *(%rax)
	call *8(%rsp,%rbx,2)
	call *ptr(%rip)
g:	ret
	.data
ptr:	.quad f
