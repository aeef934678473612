	.section .rodata.cst8, "aMG", @progbits, 8, cgrp, comdat
	.quad 1
