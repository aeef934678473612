# --size-check=warning: a .size that does not come to a constant (a distance across sections) is only a
# warning, and the symbol has size 0.
	.data
d:	.long 1
	.text
f:	nop
	.size d, d - f
