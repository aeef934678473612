# --elf-stt-common=no (the default; the last one wins): common symbols stay STT_OBJECT.
	.include "opt_elf_stt_common.s"
