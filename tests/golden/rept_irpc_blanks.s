# .irpc over a bare list drops its blanks; a quoted list keeps them.
.irpc c,a b  c
.byte 0x\c
.endr
.irpc c,"12"
.byte 0x\c
.endr
