	.section .tdata, "awT", @progbits
	.globl tlv
	.type tlv, @tls_object
tlv:	.long 5
