	.ifeqs	"a", "a"
	.byte	1
	.endif
	.ifeqs	"a", "b"
	.byte	2
	.endif
	.ifnes	"a", "b"
	.byte	3
	.endif
