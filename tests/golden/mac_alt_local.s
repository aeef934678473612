# .altmacro: LOCAL names become unique .LLxxxx symbols
	.altmacro
	.macro loop n
	LOCAL top, done
top:	dec %ecx
	jz done
	jmp top
done:	.byte n
	.endm
	loop 1
	loop 2
	.macro one
	local here
here:	.long here
	.endm
	one
	one
