	.text
	jo far
	jno far
	jb far
	jae far
	je far
	jne far
	jbe far
	ja far
	js far
	jns far
	jp far
	jnp far
	jl far
	jge far
	jle far
	jg far
	.skip 200, 0x90
far:	ret
