	.text
	.globl f
f:
.LFB0:
	.cfi_startproc
	.cfi_personality 0x9b,DW.ref.__gxx_personality_v0
	.cfi_lsda 0x1b,.LLSDA0
	pushq %rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	call g
	popq %rbp
	.cfi_def_cfa_offset 8
	ret
	.cfi_endproc
.LFE0:
	.section .gcc_except_table,"a",@progbits
.LLSDA0:
	.byte 0xff
	.byte 0xff
	.byte 0x1
	.uleb128 .LLSDACSE0-.LLSDACSB0
.LLSDACSB0:
	.uleb128 .LFB0-.LFB0
	.uleb128 .LFE0-.LFB0
	.uleb128 0
	.uleb128 0
.LLSDACSE0:
	.text
	.hidden DW.ref.__gxx_personality_v0
	.weak DW.ref.__gxx_personality_v0
	.section .data.rel.local.DW.ref.__gxx_personality_v0,"awG",@progbits,DW.ref.__gxx_personality_v0,comdat
	.align 8
	.type DW.ref.__gxx_personality_v0, @object
	.size DW.ref.__gxx_personality_v0, 8
DW.ref.__gxx_personality_v0:
	.quad __gxx_personality_v0
