	.text
	.type a, @function
	.type b, %function
	.type c, "function"
	.type d, STT_FUNC
	.type e, function
a: b: c: d: e:
	ret
