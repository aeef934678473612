# Instructions and a macro call for the dwarf_g_macro* cases.
	nop
	xor	%eax, %eax
	inc_mac
