# 1 "src/foo.S"
	nop
# 10 "src/foo.S"
	nop
	nop
# 3 "inc/bar.h"
	ret
# 12 "src/foo.S"
	ret
