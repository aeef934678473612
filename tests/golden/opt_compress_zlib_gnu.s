# --compress-debug-sections=zlib-gnu (gcc -gz=zlib-gnu): the compressed sections are renamed .zdebug_* (and their
# relocation sections .rela.zdebug_*) and hold "ZLIB", the big-endian size and the zlib stream, sh_addralign 1,
# unless that does not make them smaller.
# The input is the opt_compress_zlib case's.
	.include "opt_compress_zlib.s"
