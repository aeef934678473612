# --elf-stt-common=yes: common symbols are STT_COMMON; a local common (in .bss) stays STT_OBJECT.
	.comm cs, 8, 8
	.comm ct, 100, 32
	.type ct, @object
	.local lc
	.comm lc, 4, 4
	.text
	movq cs(%rip), %rax
