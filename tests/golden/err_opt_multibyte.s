# --multibyte-handling= takes allow, warn or warn-sym-only.
	nop
