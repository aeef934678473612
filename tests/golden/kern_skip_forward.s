	.text
660:	movl	$1, %eax
661:
	.skip	-(((663f-662f)-(661b-660b)) > 0) * ((663f-662f)-(661b-660b)),0x90
	.pushsection .altinstr_replacement,"ax"
662:	movabsq	$0x1122334455667788, %rax
663:
	.popsection
	.fill	-(((665f-664f)) > 0) * (665f-664f), 1, 0xcc
	.pushsection .altinstr_replacement,"ax"
664:	nop
665:
	.popsection
	ret
