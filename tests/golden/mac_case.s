	.macro	MixedCase x
	.byte	\x
	.endm
	mixedcase 1
	MIXEDCASE 2
	MixedCase 3
