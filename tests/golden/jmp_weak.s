	.text
	.weak wtarget
	jmp wtarget
	jne wtarget
wtarget:
	ret
