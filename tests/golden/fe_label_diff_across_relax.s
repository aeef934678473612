# label differences see the final (relaxed) size of the jumps in between
	.text
start:
	jmp far
	jmp near
near:	.skip 130, 0x90
far:	ret
end:
	.data
	.byte end - start
	.long far - start
