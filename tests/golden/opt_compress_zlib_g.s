# --compress-debug-sections=zlib-gabi with -g: the DWARF gas generates itself (.debug_aranges compresses;
# .debug_line, .debug_info and .debug_str do not shrink, .debug_abbrev is too short to be tried).
	.text
	.globl	f
f:
	pushq	%rbp
	movq	%rsp, %rbp
	popq	%rbp
	ret
	.data
	.quad	1
