# --compress-debug-sections=zlib (gcc -gz): every .debug_* section of 32 bytes or more is deflated (zlib's default
# level) behind an Elf64_Chdr, SHF_COMPRESSED, sh_addralign 8, unless that does not make it smaller; the
# relocations still apply to the uncompressed contents.
	.file	"a.c"
	.text
	.globl	f
	.type	f, @function
f:
	.file	1 "a.c"
	.loc	1 3 0
	pushq	%rbp
	.loc	1 4 0
	movq	%rsp, %rbp
	.loc	1 5 0
	popq	%rbp
	ret
	.size	f, .-f
	.section	.debug_info,"",@progbits
.Linfo0:
	.long	.Lend - .Lstart
.Lstart:
	.value	4
	.long	.debug_abbrev0
	.byte	8
	.quad	f
	.quad	.debug_str0
	.zero	40
.Lend:
	.section	.debug_abbrev,"",@progbits
.debug_abbrev0:
	.byte	1, 0x11, 1, 0x25, 0xe, 0, 0, 0
	.section	.debug_aranges,"",@progbits
	.p2align 4
	.long	44
	.value	2
	.long	.Linfo0
	.byte	8, 0
	.zero	4
	.quad	f, 16, 0, 0
	.section	.debug_str,"MS",@progbits,1
.debug_str0:
	.string	"GNU AS producer producer producer producer"
	.string	"short"
	.section	.debug_ranges,"",@progbits
	# Too short to be considered (under 32 bytes).
	.quad	1, 2, 3
	.section	.debug_loc,"",@progbits
	# Incompressible: stays as it is.
	.byte	0x3a,0x91,0x07,0xc4,0x5e,0x22,0xf0,0x8b,0x19,0x6d,0xa4,0x33,0xbe,0x70,0x0c,0xd9
	.byte	0x41,0x8e,0x27,0xf5,0x62,0x13,0xca,0x9b,0x04,0x7f,0xe8,0x56,0x31,0xad,0x1c,0x95
	.byte	0x68,0x2f,0xd3,0x0a,0xb7,0x44,0x99,0xe1
	.section	.debug_rnglists,"",@nobits
	# No contents: never compressed.
	.zero	100
	.section	.my_debug,"",@progbits
	.zero	64
