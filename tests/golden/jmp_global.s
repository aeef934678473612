	.text
	.globl gtarget
	jmp gtarget
	je gtarget
gtarget:
	ret
