# --execstack then --noexecstack: the last one wins, gcc's note stays without SHF_EXECINSTR.
	.section	.note.GNU-stack,"",@progbits
	.text
	nop
