# --compress-debug-sections=zstd (gcc -gz=zstd): every .debug_* section of 32 bytes or more becomes one zstd frame
# (default level, streamed: no content size in the frame header) behind an Elf64_Chdr with ELFCOMPRESS_ZSTD,
# SHF_COMPRESSED, sh_addralign 8, unless that does not make it smaller (here only .debug_info shrinks).
# The input is the zlib case's.
	.include "opt_compress_zlib.s"
