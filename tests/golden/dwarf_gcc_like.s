	.file	"t.c"
	.text
.Ltext0:
	.file 0 "/tmp/t" "t.c"
	.globl	f
	.type	f, @function
f:
.LFB0:
	.file 1 "t.c"
	.loc 1 1 14
	pushq	%rbp
	movq	%rsp, %rbp
	.loc 1 1 23
	movl	$0, %eax
	.loc 1 1 26
	popq	%rbp
	ret
.LFE0:
	.size	f, .-f
.Letext0:
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.long	0x2a
	.value	0x5
	.byte	0x1
	.byte	0x8
	.long	.Ldebug_abbrev0
	.uleb128 0x1
	.long	.LASF0
	.long	.LASF1
	.quad	.Ltext0
	.quad	.Letext0-.Ltext0
	.long	.Ldebug_line0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.uleb128 0x1
	.byte	0
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF0:
	.string	"GNU C17"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"t.c"
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
