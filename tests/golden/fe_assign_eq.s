x = 3
y=x+1
	.data
	.byte x, y
x = 9
	.byte x
