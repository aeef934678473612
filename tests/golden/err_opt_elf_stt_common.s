# --elf-stt-common takes yes or no.
	nop
