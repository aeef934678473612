# \@ inside .irp/.irpc: the count of macro expansions so far (substituted by an enclosing macro first).
.irp x,1,2
.long \@, \x
.endr
.macro m
.irp y,5
.long \@
.endr
.endm
m
m
.rept 2
.long 7
.endr
.macro m2
.endm
m2
m2
m2
.irp x,1,2
.long \@
.endr
.irpc c,ab
.long \@
.endr
