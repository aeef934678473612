	.text
.L0:
	.byte 1,2,3
.L1:
.L2:
	jl	.L14
	je	.L7
	.p2align 2
	xorl %eax, %eax
.L3:
	jne	.L0
.L4:
	movb $1, %al
	jmp	.L0
	.p2align 3
	jl	.L9
	.p2align 5,,3
.L5:
	leaq 8(%rsp), %rsp
.L6:
	jmp	.L0
	je	.L10
	jl	.L0
	jne	.L12
	leaq 8(%rsp), %rsp
.L7:
.L8:
	jg	.L20
	addq $100000, %rax
	je	.L6
	jmp	.L7
	.byte 1,2,3
	je	.L0
.L9:
	.long 7
	.p2align 2
.L10:
	jmp	.L22
	nop
	jmp	.L15
.L11:
	jl	.L18
.L12:
	addq $100000, %rax
	movb $1, %al
.L13:
	.byte 1,2,3
	leaq 8(%rsp), %rsp
	nop
.L14:
	je	.L25
	xorl %eax, %eax
	jmp	.L20
	jne	.L10
	jg	.L11
.L15:
	jl	.L27
	jne	.L19
	jmp	.L20
	jne	.L18
	jne	.L14
	nop
	xorl %eax, %eax
.L16:
	addq $100000, %rax
	movb $1, %al
	jne	.L16
	movb $1, %al
	jl	.L16
	jmp	.L21
	jg	.L11
	addq $100000, %rax
	jg	.L19
.L17:
	jmp	.L20
	jmp	.L11
	.long 7
	jne	.L16
.L18:
.L19:
	nop
.L20:
	jg	.L18
	jmp	.L33
	nop
	jne	.L33
	nop
	movl $1, %eax
	jmp	.L10
	jg	.L15
	je	.L20
	xorl %eax, %eax
	jg	.L9
	leaq 8(%rsp), %rsp
.L21:
	nop
	.p2align 4,,15
	jmp	.L20
	jne	.L27
	.byte 1,2,3
	jne	.L18
.L22:
	jne	.L32
	jne	.L15
	jne	.L29
	movl $1, %eax
	jl	.L27
	addq $100000, %rax
	addq $100000, %rax
.L23:
	jl	.L22
	.byte 1,2,3
	xorl %eax, %eax
.L24:
	jne	.L35
	xorl %eax, %eax
	jl	.L30
	addq $100000, %rax
	jl	.L20
	je	.L19
.L25:
.L26:
	jmp	.L28
	xorl %eax, %eax
	je	.L17
.L27:
	jl	.L40
	jmp	.L20
	je	.L28
	addq $100000, %rax
	jmp	.L40
	.p2align 4,,15
	jne	.L22
	jmp	.L27
	jmp	.L24
	jne	.L36
	nop
.L28:
	je	.L18
	.long 7
	je	.L36
	.long 7
	addq $100000, %rax
	movb $1, %al
.L29:
	movb $1, %al
	jl	.L38
.L30:
	.p2align 3
	addq $100000, %rax
	.long 7
	movl $1, %eax
.L31:
	xorl %eax, %eax
	jl	.L32
	jne	.L42
	jne	.L32
	.long 7
.L32:
.L33:
	.long 7
.L34:
	.long 7
.L35:
	jne	.L30
	jmp	.L25
	jmp	.L25
	.byte 1,2,3
	jl	.L44
	jmp	.L42
	nop
	.byte 1,2,3
	jmp	.L26
.L36:
	jl	.L36
	movl $1, %eax
.L37:
	je	.L40
	.long 7
	jmp	.L33
	je	.L29
	jl	.L30
.L38:
	jmp	.L29
	movl $1, %eax
	.long 7
.L39:
.L40:
	nop
	.byte 1,2,3
.L41:
	jmp	.L54
.L42:
	je	.L51
	jg	.L41
.L43:
.L44:
.L45:
	jg	.L44
	.long 7
	nop
	movl $1, %eax
	je	.L48
	jmp	.L37
	addq $100000, %rax
	movl $1, %eax
	nop
	movb $1, %al
	xorl %eax, %eax
	movl $1, %eax
	xorl %eax, %eax
	.long 7
	jmp	.L47
	jg	.L41
	jg	.L46
.L46:
	leaq 8(%rsp), %rsp
	leaq 8(%rsp), %rsp
	jg	.L41
.L47:
	jl	.L52
	je	.L49
	nop
.L48:
.L49:
.L50:
.L51:
	je	.L62
	xorl %eax, %eax
	nop
.L52:
	je	.L65
	leaq 8(%rsp), %rsp
	addq $100000, %rax
	leaq 8(%rsp), %rsp
	je	.L62
	jg	.L49
	jmp	.L55
.L53:
	.long 7
	jl	.L64
	nop
	addq $100000, %rax
	jmp	.L63
	jne	.L50
	jmp	.L64
	je	.L56
.L54:
	jmp	.L56
	jmp	.L65
	.long 7
.L55:
.L56:
	jmp	.L54
	jg	.L68
	je	.L59
	jl	.L45
	.byte 1,2,3
	movb $1, %al
	je	.L46
.L57:
.L58:
	jne	.L57
	jne	.L52
	nop
	jmp	.L48
	.long 7
	jg	.L57
	jmp	.L65
.L59:
.L60:
.L61:
	xorl %eax, %eax
	.p2align 4
	addq $100000, %rax
	addq $100000, %rax
	leaq 8(%rsp), %rsp
	leaq 8(%rsp), %rsp
	jl	.L68
	.byte 1,2,3
	.p2align 2
	xorl %eax, %eax
	jg	.L68
	jl	.L59
	jmp	.L70
	leaq 8(%rsp), %rsp
.L62:
	nop
.L63:
	movl $1, %eax
.L64:
	jne	.L69
	movl $1, %eax
	leaq 8(%rsp), %rsp
.L65:
	.long 7
	jl	.L58
	.long 7
	movb $1, %al
	xorl %eax, %eax
.L66:
	jne	.L72
	movl $1, %eax
	jl	.L62
	jg	.L64
.L67:
	je	.L77
	.byte 1,2,3
	jl	.L79
	jl	.L70
	nop
	jl	.L61
	leaq 8(%rsp), %rsp
.L68:
	.p2align 4,,10
	jg	.L60
	leaq 8(%rsp), %rsp
	leaq 8(%rsp), %rsp
	movb $1, %al
.L69:
.L70:
.L71:
	jl	.L61
	.p2align 2
	jne	.L79
	.byte 1,2,3
	je	.L76
	jmp	.L77
.L72:
	leaq 8(%rsp), %rsp
.L73:
	jg	.L69
	.long 7
.L74:
	movl $1, %eax
	je	.L82
.L75:
	jg	.L72
	nop
	je	.L67
	.byte 1,2,3
	xorl %eax, %eax
	jg	.L70
.L76:
.L77:
	addq $100000, %rax
	jmp	.L85
	movl $1, %eax
	movl $1, %eax
.L78:
	je	.L74
	jl	.L76
	movl $1, %eax
	.long 7
	jmp	.L89
.L79:
	.p2align 3
	jg	.L90
.L80:
	jg	.L75
	nop
.L81:
	jne	.L89
.L82:
	movb $1, %al
	jmp	.L94
	movb $1, %al
	je	.L75
	jne	.L92
	.byte 1,2,3
	movl $1, %eax
	.p2align 3
	.balign 16,,7
	leaq 8(%rsp), %rsp
	jmp	.L87
	movb $1, %al
	je	.L83
.L83:
	jg	.L92
	jmp	.L80
.L84:
	jmp	.L84
	.byte 1,2,3
	jg	.L85
	jne	.L93
	je	.L92
	je	.L86
	jg	.L83
	.long 7
	movb $1, %al
.L85:
	movb $1, %al
	movl $1, %eax
	xorl %eax, %eax
	jmp	.L95
	jne	.L90
	jne	.L74
	jg	.L87
	movl $1, %eax
	.byte 1,2,3
	je	.L87
	je	.L80
.L86:
	jmp	.L76
.L87:
	jmp	.L77
	jg	.L86
	addq $100000, %rax
	je	.L95
	jmp	.L77
	jmp	.L92
.L88:
	leaq 8(%rsp), %rsp
	jmp	.L96
.L89:
	jl	.L79
	jne	.L97
.L90:
.L91:
.L92:
	.p2align 5,,3
.L93:
.L94:
	.p2align 3
	nop
	.long 7
	jne	.L87
	xorl %eax, %eax
	nop
	leaq 8(%rsp), %rsp
	leaq 8(%rsp), %rsp
	jl	.L101
	movb $1, %al
	jne	.L89
	jl	.L87
	jl	.L98
.L95:
	movl $1, %eax
	.p2align 4
	.byte 1,2,3
	jmp	.L105
.L96:
.L97:
	jne	.L99
	addq $100000, %rax
	addq $100000, %rax
	jmp	.L110
	jmp	.L106
	nop
	.byte 1,2,3
	jg	.L95
.L98:
	movb $1, %al
	jg	.L88
	je	.L103
	leaq 8(%rsp), %rsp
	.balign 16,,7
	jne	.L88
	nop
	jmp	.L88
	jl	.L104
.L99:
	.byte 1,2,3
.L100:
	.long 7
	movl $1, %eax
	je	.L102
	je	.L100
	nop
	.byte 1,2,3
	xorl %eax, %eax
	jmp	.L98
.L101:
	movb $1, %al
	je	.L106
.L102:
	jmp	.L93
	jne	.L112
	jl	.L100
	jmp	.L97
	xorl %eax, %eax
	jmp	.L112
	xorl %eax, %eax
.L103:
	je	.L109
	xorl %eax, %eax
	addq $100000, %rax
	.byte 1,2,3
	je	.L93
	jmp	.L112
	jmp	.L93
	je	.L105
	je	.L98
	jl	.L99
	jg	.L99
	jl	.L110
.L104:
	movb $1, %al
.L105:
	jmp	.L100
	jmp	.L105
.L106:
	jg	.L104
	movb $1, %al
	nop
.L107:
	je	.L120
	addq $100000, %rax
	jl	.L106
	movb $1, %al
.L108:
	xorl %eax, %eax
	.byte 1,2,3
	xorl %eax, %eax
	.byte 1,2,3
	jne	.L108
.L109:
	.byte 1,2,3
	je	.L112
	movb $1, %al
	jmp	.L111
	.p2align 4,,10
	jg	.L98
	.long 7
.L110:
	jg	.L108
	jmp	.L114
	.p2align 4
.L111:
	movl $1, %eax
	xorl %eax, %eax
	movl $1, %eax
	je	.L112
	jg	.L119
	.byte 1,2,3
	jmp	.L103
	jl	.L113
	jmp	.L103
	.byte 1,2,3
	nop
.L112:
	jl	.L101
	jne	.L122
	je	.L108
	jg	.L122
	leaq 8(%rsp), %rsp
	jne	.L117
	je	.L111
	jmp	.L110
	nop
	jmp	.L120
	.byte 1,2,3
	.byte 1,2,3
	jl	.L108
	jmp	.L111
	je	.L107
	je	.L107
	jg	.L114
	jmp	.L104
	jmp	.L108
	jl	.L102
	nop
	jmp	.L122
	je	.L101
	.long 7
	jmp	.L106
	je	.L125
.L113:
	jmp	.L120
	.balign 16,,7
	jl	.L123
	movl $1, %eax
	jne	.L123
.L114:
.L115:
	leaq 8(%rsp), %rsp
	jg	.L117
	xorl %eax, %eax
	jmp	.L105
	je	.L104
	jmp	.L107
	jmp	.L104
.L116:
	xorl %eax, %eax
.L117:
	.byte 1,2,3
	addq $100000, %rax
	jmp	.L129
.L118:
	jmp	.L109
.L119:
	.long 7
.L120:
	je	.L121
	nop
	xorl %eax, %eax
	movl $1, %eax
	jg	.L120
	jne	.L129
	jl	.L124
	movl $1, %eax
	jmp	.L125
	jl	.L115
.L121:
	addq $100000, %rax
.L122:
	jmp	.L114
	.p2align 3
	.p2align 5,,3
.L123:
	.long 7
	jne	.L114
	jl	.L133
	jmp	.L117
.L124:
	jg	.L113
	.p2align 4
	jne	.L116
	addq $100000, %rax
	jne	.L135
	.long 7
	.p2align 5,,3
.L125:
	.long 7
	jg	.L133
	jmp	.L127
	movb $1, %al
	movb $1, %al
	leaq 8(%rsp), %rsp
	jl	.L121
	.long 7
	nop
	jne	.L130
.L126:
	jl	.L131
	jne	.L127
	movb $1, %al
	addq $100000, %rax
	jl	.L128
	xorl %eax, %eax
	jg	.L115
	jne	.L133
	jne	.L131
	je	.L130
	xorl %eax, %eax
	jne	.L136
	nop
	addq $100000, %rax
.L127:
	jne	.L121
	addq $100000, %rax
	jmp	.L138
	je	.L127
	.byte 1,2,3
	.byte 1,2,3
	jmp	.L128
.L128:
	je	.L117
	jl	.L122
	jl	.L128
.L129:
.L130:
	.byte 1,2,3
	jne	.L121
	movl $1, %eax
	jne	.L135
	jmp	.L128
.L131:
	je	.L144
	leaq 8(%rsp), %rsp
.L132:
	leaq 8(%rsp), %rsp
	.p2align 4,,15
	jne	.L132
	addq $100000, %rax
	jmp	.L121
.L133:
	jne	.L128
	leaq 8(%rsp), %rsp
.L134:
	je	.L139
.L135:
	leaq 8(%rsp), %rsp
	jmp	.L134
	.balign 16,,7
	je	.L143
	.byte 1,2,3
	jg	.L127
.L136:
	jmp	.L133
.L137:
	jl	.L130
	jmp	.L127
	movb $1, %al
	je	.L126
	addq $100000, %rax
.L138:
	jl	.L134
	jg	.L127
	jg	.L141
	xorl %eax, %eax
.L139:
	.byte 1,2,3
	jmp	.L134
	jg	.L146
	movl $1, %eax
	.balign 16,,7
	movb $1, %al
	nop
	nop
	movl $1, %eax
	.p2align 4,,15
	jl	.L136
	xorl %eax, %eax
.L140:
	movl $1, %eax
	jl	.L141
.L141:
	nop
.L142:
.L143:
	jl	.L152
	jne	.L132
	jmp	.L148
	addq $100000, %rax
	nop
.L144:
	.p2align 4,,10
.L145:
	movl $1, %eax
.L146:
	.p2align 4,,15
	.byte 1,2,3
	movl $1, %eax
	je	.L155
	.balign 16,,7
.L147:
	jmp	.L145
	jmp	.L157
.L148:
	jne	.L150
	jg	.L138
	xorl %eax, %eax
	jg	.L140
	movb $1, %al
	addq $100000, %rax
	jne	.L141
	movb $1, %al
	xorl %eax, %eax
	jmp	.L150
	.byte 1,2,3
.L149:
	.byte 1,2,3
	jne	.L156
.L150:
	addq $100000, %rax
.L151:
	jne	.L141
.L152:
	jmp	.L160
	jmp	.L164
.L153:
	jmp	.L146
	leaq 8(%rsp), %rsp
	jne	.L156
	addq $100000, %rax
	.long 7
	jne	.L151
.L154:
	.long 7
	je	.L146
	movb $1, %al
.L155:
	.long 7
.L156:
	jmp	.L159
	je	.L157
.L157:
	addq $100000, %rax
	jg	.L166
	jg	.L161
	jmp	.L149
	jl	.L149
	jne	.L158
.L158:
	jne	.L159
	jmp	.L151
	jg	.L170
	leaq 8(%rsp), %rsp
	jl	.L167
	jmp	.L165
	jne	.L150
	jg	.L150
	.byte 1,2,3
	jmp	.L160
	.byte 1,2,3
.L159:
.L160:
	addq $100000, %rax
	addq $100000, %rax
	jg	.L170
	xorl %eax, %eax
.L161:
	addq $100000, %rax
	jmp	.L156
	jmp	.L165
	leaq 8(%rsp), %rsp
	nop
	.byte 1,2,3
	jmp	.L157
	je	.L162
	jmp	.L159
	je	.L172
	.p2align 3
	jmp	.L159
	movb $1, %al
.L162:
	movb $1, %al
	jmp	.L164
	jmp	.L159
	addq $100000, %rax
	addq $100000, %rax
	jmp	.L169
.L163:
	jmp	.L169
.L164:
.L165:
.L166:
	nop
.L167:
	movb $1, %al
	addq $100000, %rax
.L168:
	movl $1, %eax
	je	.L164
	jmp	.L159
	movb $1, %al
.L169:
	movb $1, %al
	jne	.L159
	.p2align 2
	movb $1, %al
.L170:
	.long 7
	jmp	.L183
	.p2align 2
	.byte 1,2,3
.L171:
	jmp	.L179
	je	.L172
.L172:
	jmp	.L161
	jmp	.L179
.L173:
.L174:
	nop
	.byte 1,2,3
	movl $1, %eax
.L175:
.L176:
	xorl %eax, %eax
	nop
.L177:
	addq $100000, %rax
	jmp	.L177
.L178:
	jne	.L178
	je	.L178
	jmp	.L172
	jg	.L167
	jmp	.L183
	addq $100000, %rax
	jg	.L176
	jl	.L185
	jmp	.L170
.L179:
	movl $1, %eax
	.byte 1,2,3
	movl $1, %eax
	movb $1, %al
.L180:
	jmp	.L182
	addq $100000, %rax
	.byte 1,2,3
	nop
	jne	.L189
.L181:
.L182:
.L183:
.L184:
	je	.L176
	jl	.L178
.L185:
.L186:
	jmp	.L194
	jne	.L190
	movl $1, %eax
	.byte 1,2,3
	movb $1, %al
	jmp	.L176
	movb $1, %al
	.long 7
	jl	.L176
	jmp	.L194
	jl	.L195
	jmp	.L179
	.byte 1,2,3
	.long 7
	jmp	.L178
	je	.L191
	jg	.L192
	jl	.L186
	jmp	.L185
.L187:
	leaq 8(%rsp), %rsp
	jne	.L199
	leaq 8(%rsp), %rsp
	xorl %eax, %eax
.L188:
.L189:
	jne	.L186
	jmp	.L189
	jmp	.L192
	jmp	.L190
	jmp	.L195
.L190:
	.byte 1,2,3
	jne	.L181
	je	.L181
	jl	.L197
	je	.L201
	jg	.L187
	leaq 8(%rsp), %rsp
.L191:
.L192:
	leaq 8(%rsp), %rsp
	leaq 8(%rsp), %rsp
.L193:
	movb $1, %al
	movb $1, %al
	jl	.L202
	jg	.L197
	jl	.L188
	jl	.L197
	je	.L198
	movb $1, %al
	jg	.L200
	jmp	.L185
	jmp	.L192
.L194:
	addq $100000, %rax
	.byte 1,2,3
	addq $100000, %rax
	movl $1, %eax
	movb $1, %al
	jg	.L200
	.p2align 5,,3
	jl	.L194
	leaq 8(%rsp), %rsp
	jl	.L193
	nop
	jl	.L198
	.byte 1,2,3
	.p2align 4,,15
	je	.L194
	jmp	.L191
	jmp	.L201
	.byte 1,2,3
	je	.L199
	movb $1, %al
	movl $1, %eax
	movb $1, %al
	jmp	.L204
	jl	.L184
	je	.L186
	movb $1, %al
	movl $1, %eax
.L195:
	leaq 8(%rsp), %rsp
	.p2align 3
	jne	.L185
	.long 7
	jl	.L207
	movl $1, %eax
	je	.L208
	jmp	.L187
.L196:
	jmp	.L208
	xorl %eax, %eax
	jmp	.L202
	je	.L185
	jne	.L203
	.p2align 5,,3
	je	.L191
	leaq 8(%rsp), %rsp
	jg	.L189
	leaq 8(%rsp), %rsp
.L197:
	movb $1, %al
	je	.L210
	jl	.L186
	addq $100000, %rax
	jl	.L210
	movb $1, %al
	jl	.L194
	leaq 8(%rsp), %rsp
.L198:
.L199:
.L200:
.L201:
	.byte 1,2,3
.L202:
	jmp	.L205
.L203:
.L204:
	jmp	.L195
	jg	.L217
	jmp	.L216
	je	.L207
	jmp	.L210
	movb $1, %al
.L205:
	movl $1, %eax
	jg	.L194
	jmp	.L218
	xorl %eax, %eax
.L206:
	je	.L197
	xorl %eax, %eax
	jg	.L200
	je	.L204
	.p2align 3
	addq $100000, %rax
	jl	.L211
	je	.L214
	jne	.L210
.L207:
	.long 7
	.long 7
	je	.L206
	je	.L208
.L208:
.L209:
	jg	.L203
.L210:
.L211:
	jne	.L216
	xorl %eax, %eax
	addq $100000, %rax
	jl	.L224
	jl	.L216
	je	.L212
	je	.L207
.L212:
	jl	.L201
.L213:
.L214:
	jne	.L215
	movl $1, %eax
	leaq 8(%rsp), %rsp
	xorl %eax, %eax
	jl	.L226
	jg	.L211
	jl	.L219
	je	.L221
	jmp	.L215
	jmp	.L206
	movb $1, %al
	.byte 1,2,3
	.long 7
	movl $1, %eax
	je	.L206
.L215:
	jmp	.L218
	movb $1, %al
	nop
	jmp	.L225
.L216:
	jmp	.L207
	jmp	.L221
	.p2align 2
	nop
	jg	.L225
	leaq 8(%rsp), %rsp
.L217:
.L218:
.L219:
	movb $1, %al
	jne	.L226
	je	.L219
	movb $1, %al
	movb $1, %al
.L220:
	leaq 8(%rsp), %rsp
	jg	.L216
	.byte 1,2,3
	jne	.L223
	movl $1, %eax
	je	.L231
	nop
	.long 7
	jg	.L210
.L221:
	movl $1, %eax
	jmp	.L231
.L222:
	leaq 8(%rsp), %rsp
.L223:
	movl $1, %eax
	jl	.L219
	je	.L222
	je	.L228
	je	.L234
	jg	.L218
	jg	.L220
	jmp	.L219
.L224:
	jmp	.L217
	addq $100000, %rax
	.long 7
	je	.L222
	addq $100000, %rax
	je	.L237
	.byte 1,2,3
	jl	.L233
	jmp	.L228
	.byte 1,2,3
	jl	.L237
.L225:
	jmp	.L237
	jmp	.L217
.L226:
	jmp	.L237
	jg	.L225
	.byte 1,2,3
	addq $100000, %rax
.L227:
	.byte 1,2,3
	jmp	.L227
	movb $1, %al
	xorl %eax, %eax
	je	.L235
	jne	.L233
	jmp	.L228
.L228:
	jg	.L217
	.byte 1,2,3
	je	.L228
	movb $1, %al
	xorl %eax, %eax
	jne	.L239
	.long 7
	jne	.L221
	movb $1, %al
	addq $100000, %rax
	jg	.L231
	.byte 1,2,3
	movb $1, %al
	je	.L234
.L229:
	.long 7
	nop
	jne	.L223
	jmp	.L239
	jl	.L227
	jmp	.L227
	movl $1, %eax
	jg	.L241
.L230:
	leaq 8(%rsp), %rsp
	leaq 8(%rsp), %rsp
	jne	.L221
	movl $1, %eax
	leaq 8(%rsp), %rsp
	xorl %eax, %eax
	jmp	.L233
	movl $1, %eax
	.p2align 4
	.p2align 4
	jmp	.L241
	jmp	.L234
	jne	.L219
	jg	.L220
.L231:
	movb $1, %al
.L232:
	addq $100000, %rax
	je	.L245
	jmp	.L225
	je	.L240
	jmp	.L232
	movb $1, %al
	jg	.L235
.L233:
	jne	.L242
.L234:
	jmp	.L227
	jg	.L247
	addq $100000, %rax
	jmp	.L235
	jl	.L227
	leaq 8(%rsp), %rsp
	addq $100000, %rax
.L235:
	jg	.L225
	jmp	.L226
	nop
	je	.L236
	jmp	.L247
	movb $1, %al
	.byte 1,2,3
	.byte 1,2,3
	jl	.L226
	xorl %eax, %eax
	movl $1, %eax
	jg	.L233
	nop
	jmp	.L241
	nop
	movb $1, %al
	movl $1, %eax
	addq $100000, %rax
	je	.L231
	.byte 1,2,3
	leaq 8(%rsp), %rsp
	jne	.L243
	je	.L248
	movl $1, %eax
.L236:
.L237:
	jl	.L232
	je	.L243
	movl $1, %eax
.L238:
	jmp	.L241
	je	.L232
	.p2align 2
	.p2align 5,,3
.L239:
	.balign 16,,7
	jg	.L239
	movb $1, %al
	jmp	.L248
	jne	.L231
	jg	.L252
	.long 7
	nop
	jl	.L249
	movb $1, %al
	addq $100000, %rax
	jg	.L249
	jl	.L242
	jl	.L237
	jmp	.L231
	nop
	jne	.L235
	nop
	jg	.L239
	je	.L247
.L240:
.L241:
.L242:
.L243:
	movl $1, %eax
.L244:
.L245:
	jl	.L256
	.byte 1,2,3
.L246:
	nop
	movb $1, %al
.L247:
.L248:
	jne	.L243
.L249:
	jl	.L256
.L250:
	jmp	.L253
	jmp	.L260
	je	.L242
	jne	.L250
.L251:
.L252:
	.byte 1,2,3
	nop
	.byte 1,2,3
	jmp	.L246
.L253:
	jl	.L264
	xorl %eax, %eax
	je	.L244
	jmp	.L244
	jmp	.L251
	jne	.L258
	movl $1, %eax
.L254:
.L255:
	jne	.L264
	jg	.L252
	nop
	movb $1, %al
	jmp	.L266
	jl	.L263
	je	.L268
	jmp	.L266
	leaq 8(%rsp), %rsp
	leaq 8(%rsp), %rsp
	jg	.L248
	leaq 8(%rsp), %rsp
	movl $1, %eax
	jmp	.L266
	jne	.L258
	jmp	.L265
	jl	.L254
.L256:
.L257:
	movl $1, %eax
	movl $1, %eax
	jne	.L256
	jg	.L264
	jmp	.L263
	jne	.L247
	.byte 1,2,3
	movl $1, %eax
	jg	.L260
	jmp	.L250
	jmp	.L266
	jne	.L259
	jmp	.L253
	jl	.L265
	jmp	.L247
	je	.L264
	je	.L253
	je	.L257
.L258:
	movl $1, %eax
	addq $100000, %rax
	jmp	.L267
	jne	.L261
.L259:
	jne	.L255
	jl	.L261
	jl	.L261
	addq $100000, %rax
	jg	.L272
	jg	.L270
.L260:
	jne	.L263
.L261:
	jmp	.L274
.L262:
	jne	.L265
	jmp	.L256
	.byte 1,2,3
	jl	.L259
	je	.L269
.L263:
	jmp	.L270
	leaq 8(%rsp), %rsp
	jl	.L262
	nop
	jmp	.L254
	nop
	.byte 1,2,3
	xorl %eax, %eax
.L264:
.L265:
	jmp	.L254
	.long 7
	jl	.L272
	jmp	.L258
	jl	.L273
	jmp	.L265
	.p2align 5,,3
.L266:
	jg	.L277
	addq $100000, %rax
	je	.L270
.L267:
.L268:
	movb $1, %al
.L269:
	.long 7
	xorl %eax, %eax
	movl $1, %eax
.L270:
	movl $1, %eax
	jne	.L271
	.balign 16,,7
	addq $100000, %rax
	movl $1, %eax
.L271:
	leaq 8(%rsp), %rsp
	jmp	.L280
	xorl %eax, %eax
.L272:
	jl	.L277
	jl	.L277
.L273:
	jl	.L264
	jl	.L276
.L274:
	nop
	xorl %eax, %eax
.L275:
	movl $1, %eax
	jl	.L266
	movb $1, %al
	leaq 8(%rsp), %rsp
.L276:
.L277:
	.p2align 2
	jmp	.L280
	jg	.L280
	jg	.L278
	jg	.L266
	jne	.L270
	xorl %eax, %eax
	jmp	.L283
	jne	.L280
	jl	.L290
	.long 7
.L278:
	.byte 1,2,3
	nop
	.long 7
	xorl %eax, %eax
	.long 7
.L279:
	jne	.L292
	jg	.L273
	jmp	.L278
	je	.L273
	jl	.L272
	jmp	.L269
	leaq 8(%rsp), %rsp
	je	.L271
	addq $100000, %rax
	je	.L287
	je	.L285
	movb $1, %al
	jne	.L275
	je	.L277
	leaq 8(%rsp), %rsp
	xorl %eax, %eax
	je	.L272
	leaq 8(%rsp), %rsp
	je	.L283
	jmp	.L270
.L280:
	jg	.L284
	jl	.L292
	.long 7
	je	.L274
	.long 7
	jne	.L286
.L281:
	addq $100000, %rax
	leaq 8(%rsp), %rsp
	jmp	.L277
.L282:
	movl $1, %eax
.L283:
.L284:
	jl	.L292
	movl $1, %eax
	xorl %eax, %eax
.L285:
	nop
	jl	.L288
	jne	.L288
	addq $100000, %rax
	xorl %eax, %eax
	jg	.L293
.L286:
	jmp	.L278
	.p2align 3
	leaq 8(%rsp), %rsp
	nop
	jne	.L276
.L287:
	jmp	.L284
	addq $100000, %rax
	jg	.L290
	jmp	.L291
	movb $1, %al
	.byte 1,2,3
	je	.L277
	.long 7
	jmp	.L295
	jg	.L279
	je	.L282
	jl	.L289
	nop
.L288:
	jne	.L287
	addq $100000, %rax
	xorl %eax, %eax
	jmp	.L291
	jmp	.L292
	jmp	.L282
	jg	.L301
	je	.L300
	leaq 8(%rsp), %rsp
	jl	.L292
	jne	.L297
	leaq 8(%rsp), %rsp
	.balign 16,,7
	jg	.L286
	jmp	.L292
.L289:
	.long 7
.L290:
	leaq 8(%rsp), %rsp
	jmp	.L297
	jg	.L281
	jg	.L291
	jmp	.L297
	jg	.L301
	.long 7
.L291:
	.long 7
.L292:
	.long 7
	addq $100000, %rax
	jg	.L283
	jg	.L287
.L293:
	addq $100000, %rax
	je	.L285
	.p2align 4,,15
	movb $1, %al
	jmp	.L290
	jmp	.L301
	jmp	.L303
	.byte 1,2,3
	jmp	.L292
	.byte 1,2,3
	jg	.L299
	jne	.L301
	.long 7
	jmp	.L285
.L294:
	xorl %eax, %eax
	jmp	.L289
	jg	.L298
	jl	.L289
	jmp	.L287
	xorl %eax, %eax
	leaq 8(%rsp), %rsp
	jmp	.L283
	addq $100000, %rax
	addq $100000, %rax
	je	.L284
	jmp	.L287
	jmp	.L307
	jmp	.L292
	jl	.L283
	jl	.L300
	jmp	.L292
	jmp	.L306
	jg	.L283
	jne	.L300
	movb $1, %al
	.balign 16,,7
	jg	.L288
	jmp	.L293
	jmp	.L302
	je	.L289
	jg	.L296
.L295:
.L296:
	.p2align 5,,3
	jmp	.L293
.L297:
	.long 7
	jl	.L307
.L298:
	jne	.L299
	jne	.L308
	movb $1, %al
	jmp	.L293
	.p2align 4,,15
.L299:
	xorl %eax, %eax
	jmp	.L304
	leaq 8(%rsp), %rsp
	jmp	.L289
	jg	.L310
	jne	.L303
	je	.L304
.L300:
	jg	.L298
	jl	.L311
	jne	.L311
	nop
	movl $1, %eax
	jmp	.L293
.L301:
	xorl %eax, %eax
	movb $1, %al
.L302:
	movl $1, %eax
.L303:
	jg	.L313
	jne	.L292
	jne	.L297
	movb $1, %al
	.long 7
	jmp	.L309
	jne	.L313
	nop
	jmp	.L298
.L304:
	movb $1, %al
	movb $1, %al
	jg	.L295
	jl	.L294
	leaq 8(%rsp), %rsp
	.long 7
	movl $1, %eax
	movb $1, %al
	je	.L317
.L305:
	jmp	.L316
	movl $1, %eax
	jmp	.L302
.L306:
	jmp	.L312
.L307:
	jmp	.L317
.L308:
	movb $1, %al
	nop
.L309:
.L310:
	je	.L316
.L311:
	xorl %eax, %eax
	.p2align 4,,15
	addq $100000, %rax
	.long 7
	jmp	.L316
	.long 7
	jl	.L320
	jg	.L314
.L312:
	movl $1, %eax
	leaq 8(%rsp), %rsp
	jg	.L310
	jg	.L316
	je	.L306
	movb $1, %al
	jmp	.L319
	.long 7
	jl	.L306
	movl $1, %eax
.L313:
	jg	.L325
	jg	.L326
	movl $1, %eax
.L314:
	jne	.L314
	jmp	.L327
	jl	.L327
	.p2align 4,,10
	addq $100000, %rax
	nop
	addq $100000, %rax
	.byte 1,2,3
	leaq 8(%rsp), %rsp
.L315:
	movb $1, %al
	jl	.L309
	jmp	.L325
	jne	.L314
	jmp	.L325
	jne	.L317
	movl $1, %eax
	jl	.L324
	.long 7
	movb $1, %al
	jmp	.L313
	movb $1, %al
.L316:
	jl	.L321
	jg	.L318
	jg	.L325
	jne	.L327
.L317:
	.long 7
	jg	.L310
.L318:
	jg	.L312
	.long 7
.L319:
	jmp	.L331
	xorl %eax, %eax
	leaq 8(%rsp), %rsp
.L320:
	movl $1, %eax
	movl $1, %eax
	.p2align 4,,15
.L321:
	.byte 1,2,3
	nop
	jmp	.L316
	.p2align 3
	nop
	nop
.L322:
	jne	.L335
	leaq 8(%rsp), %rsp
	jg	.L322
	leaq 8(%rsp), %rsp
	jmp	.L334
	je	.L335
	je	.L327
	movl $1, %eax
	.p2align 4,,10
	jg	.L312
	jmp	.L317
	jl	.L323
.L323:
	jl	.L333
.L324:
	.long 7
	jmp	.L326
	jg	.L329
	jl	.L337
	jg	.L323
	movl $1, %eax
	je	.L325
	nop
	.long 7
	.p2align 3
	je	.L331
	jne	.L325
	addq $100000, %rax
	jmp	.L335
	je	.L316
	.long 7
	.byte 1,2,3
	movl $1, %eax
	jmp	.L316
	jmp	.L318
	jne	.L325
	jmp	.L333
	movb $1, %al
	je	.L317
	xorl %eax, %eax
	nop
	jg	.L321
	movl $1, %eax
	jl	.L325
.L325:
	jmp	.L320
	jl	.L314
	.p2align 3
.L326:
.L327:
	.p2align 4
	jne	.L320
	jl	.L321
	jmp	.L340
	leaq 8(%rsp), %rsp
	movl $1, %eax
	je	.L330
	movl $1, %eax
	jg	.L338
	movl $1, %eax
	xorl %eax, %eax
	addq $100000, %rax
	addq $100000, %rax
.L328:
	jl	.L328
	jmp	.L326
	.p2align 3
.L329:
	nop
.L330:
.L331:
	.byte 1,2,3
.L332:
	jmp	.L342
	.p2align 3
.L333:
.L334:
	.byte 1,2,3
	.byte 1,2,3
	movl $1, %eax
.L335:
	xorl %eax, %eax
	movl $1, %eax
	jne	.L347
	xorl %eax, %eax
.L336:
.L337:
.L338:
	xorl %eax, %eax
	addq $100000, %rax
.L339:
	jmp	.L345
	.byte 1,2,3
.L340:
	jmp	.L343
	jl	.L333
	addq $100000, %rax
	jl	.L330
	.p2align 4,,15
	jmp	.L334
	jmp	.L341
	movb $1, %al
	jmp	.L333
	.p2align 2
	.long 7
	xorl %eax, %eax
	.long 7
	jg	.L351
	xorl %eax, %eax
	jg	.L352
	jmp	.L341
	nop
	jmp	.L338
	addq $100000, %rax
	nop
	je	.L346
	jg	.L348
	jne	.L330
	jg	.L329
	jmp	.L340
	.long 7
	nop
.L341:
	movl $1, %eax
	jmp	.L330
	nop
	je	.L344
	movb $1, %al
	jmp	.L352
	je	.L335
	je	.L330
	.p2align 4
	jg	.L342
	je	.L339
	jmp	.L346
.L342:
	je	.L332
	jmp	.L337
.L343:
	jmp	.L337
	movl $1, %eax
.L344:
	jg	.L355
	jne	.L336
	addq $100000, %rax
	jmp	.L337
	jmp	.L357
	nop
	je	.L343
	addq $100000, %rax
.L345:
	jg	.L346
.L346:
	jne	.L336
	jmp	.L350
	jg	.L344
	jg	.L357
	nop
.L347:
.L348:
	.long 7
	.byte 1,2,3
	.long 7
	jg	.L356
	jmp	.L345
	movb $1, %al
.L349:
	nop
	.long 7
	jg	.L347
.L350:
	jmp	.L354
	.long 7
	jl	.L345
	je	.L353
	nop
.L351:
	jmp	.L357
	jmp	.L363
.L352:
.L353:
.L354:
	jmp	.L365
	jmp	.L362
	jmp	.L345
	movl $1, %eax
	addq $100000, %rax
	je	.L349
	nop
	je	.L358
	jmp	.L353
	je	.L343
	je	.L345
	.p2align 4,,15
	jg	.L362
	jg	.L355
	jne	.L361
	jl	.L365
	jmp	.L363
.L355:
	.byte 1,2,3
.L356:
	jg	.L368
	je	.L358
	xorl %eax, %eax
	.p2align 4
	.p2align 3
	je	.L355
	je	.L355
	nop
	movb $1, %al
	xorl %eax, %eax
	jl	.L349
	jne	.L359
	jne	.L361
	je	.L355
	nop
.L357:
.L358:
	xorl %eax, %eax
.L359:
.L360:
	jne	.L369
.L361:
	leaq 8(%rsp), %rsp
	je	.L363
	nop
	jne	.L351
	jne	.L365
	movb $1, %al
	leaq 8(%rsp), %rsp
	jg	.L353
	xorl %eax, %eax
	je	.L359
	.long 7
	nop
.L362:
	jne	.L365
	jne	.L362
	jne	.L359
	jl	.L375
	movb $1, %al
.L363:
	.p2align 4,,10
.L364:
	je	.L373
	jne	.L374
	.long 7
	jl	.L374
.L365:
	nop
	addq $100000, %rax
	movl $1, %eax
	.p2align 4,,15
	jl	.L358
	.byte 1,2,3
.L366:
	jmp	.L372
	.long 7
	jne	.L356
	jg	.L365
	.p2align 3
	jg	.L377
.L367:
	movb $1, %al
	.long 7
.L368:
	xorl %eax, %eax
	addq $100000, %rax
	.byte 1,2,3
	jg	.L363
	jne	.L369
	je	.L359
	jmp	.L367
	jmp	.L377
	jl	.L375
	jmp	.L377
	.p2align 3
	jmp	.L370
	addq $100000, %rax
	xorl %eax, %eax
	movb $1, %al
	je	.L366
	jl	.L369
	je	.L365
	addq $100000, %rax
	.byte 1,2,3
	movb $1, %al
	jmp	.L377
.L369:
	jne	.L373
.L370:
	.p2align 2
.L371:
	leaq 8(%rsp), %rsp
	leaq 8(%rsp), %rsp
	jne	.L368
.L372:
	addq $100000, %rax
	movl $1, %eax
.L373:
.L374:
.L375:
	jmp	.L378
.L376:
.L377:
	je	.L366
	.long 7
	jmp	.L384
	leaq 8(%rsp), %rsp
.L378:
	nop
	jne	.L387
	jg	.L386
	jg	.L385
	.long 7
	jl	.L386
	.byte 1,2,3
	.byte 1,2,3
	jl	.L371
	addq $100000, %rax
	je	.L383
	movb $1, %al
	movl $1, %eax
.L379:
	jmp	.L391
	.p2align 3
	jg	.L386
	addq $100000, %rax
	jl	.L386
	jmp	.L368
	jl	.L389
.L380:
	jmp	.L371
	nop
	xorl %eax, %eax
	jg	.L384
	jmp	.L383
	jg	.L378
	jmp	.L372
	jl	.L369
	jg	.L390
	.balign 16,,7
	.long 7
	jmp	.L377
	nop
	leaq 8(%rsp), %rsp
	jmp	.L375
	movl $1, %eax
	leaq 8(%rsp), %rsp
	jne	.L373
.L381:
	jne	.L385
	jg	.L387
.L382:
	jmp	.L391
	jl	.L395
	movl $1, %eax
.L383:
	jne	.L380
	jne	.L377
	jmp	.L373
	jmp	.L381
.L384:
	addq $100000, %rax
	jmp	.L390
	je	.L379
	.p2align 4
	.long 7
.L385:
.L386:
	movb $1, %al
	xorl %eax, %eax
	nop
	leaq 8(%rsp), %rsp
	jg	.L398
.L387:
	.byte 1,2,3
	.balign 16,,7
	je	.L394
	jg	.L388
	jmp	.L381
	jmp	.L387
	leaq 8(%rsp), %rsp
	jne	.L385
.L388:
	je	.L381
	leaq 8(%rsp), %rsp
	.p2align 2
	nop
	movb $1, %al
	nop
.L389:
	je	.L388
	movb $1, %al
	xorl %eax, %eax
.L390:
	leaq 8(%rsp), %rsp
	jl	.L400
	jne	.L403
	jmp	.L401
	jne	.L393
	movl $1, %eax
	je	.L399
	jmp	.L401
.L391:
	jmp	.L392
	leaq 8(%rsp), %rsp
	movb $1, %al
	jne	.L394
.L392:
.L393:
	addq $100000, %rax
	xorl %eax, %eax
.L394:
.L395:
	jmp	.L402
	jmp	.L389
	jmp	.L386
	je	.L404
.L396:
	xorl %eax, %eax
	jmp	.L393
	addq $100000, %rax
	jmp	.L404
.L397:
	jmp	.L404
	movb $1, %al
	.long 7
	movb $1, %al
	.long 7
	je	.L398
	xorl %eax, %eax
	xorl %eax, %eax
.L398:
	addq $100000, %rax
	movl $1, %eax
	movl $1, %eax
	xorl %eax, %eax
	jmp	.L407
	jl	.L408
	.byte 1,2,3
	jl	.L406
	xorl %eax, %eax
	jne	.L409
	movb $1, %al
	jl	.L396
	.p2align 3
	jmp	.L398
	movl $1, %eax
.L399:
	jmp	.L400
	jg	.L403
	jmp	.L403
	jne	.L405
	xorl %eax, %eax
	jl	.L397
	jmp	.L399
	jl	.L392
	addq $100000, %rax
	jmp	.L411
.L400:
	.byte 1,2,3
.L401:
	jl	.L391
	.p2align 3
	movb $1, %al
	.long 7
	.byte 1,2,3
	jmp	.L410
	.long 7
	leaq 8(%rsp), %rsp
	xorl %eax, %eax
	jg	.L404
	nop
.L402:
	addq $100000, %rax
	jg	.L414
	.long 7
	nop
	je	.L414
	je	.L408
.L403:
	.long 7
	jmp	.L399
.L404:
	jne	.L417
.L405:
	movb $1, %al
.L406:
	.p2align 3
	.balign 16,,7
	.p2align 5,,3
	jl	.L416
	jmp	.L419
	jmp	.L417
	jmp	.L404
.L407:
	jmp	.L400
	leaq 8(%rsp), %rsp
	movl $1, %eax
	.byte 1,2,3
	nop
	jmp	.L407
	xorl %eax, %eax
	jmp	.L408
	movb $1, %al
	.long 7
	jmp	.L401
	jg	.L416
	movl $1, %eax
	jne	.L396
	jmp	.L398
	je	.L409
	jne	.L409
.L408:
	xorl %eax, %eax
	jmp	.L412
	jmp	.L421
	je	.L407
	.byte 1,2,3
	.p2align 5,,3
	je	.L406
	movl $1, %eax
	.long 7
	je	.L405
.L409:
	leaq 8(%rsp), %rsp
	jg	.L418
	jl	.L400
	jmp	.L420
	movl $1, %eax
	addq $100000, %rax
.L410:
	jmp	.L410
	jmp	.L402
	xorl %eax, %eax
	.byte 1,2,3
	jmp	.L410
.L411:
	.p2align 4
.L412:
.L413:
	jmp	.L419
.L414:
.L415:
	nop
	jmp	.L421
	jmp	.L410
	.p2align 5,,3
	jmp	.L409
.L416:
	nop
	jl	.L418
.L417:
	jl	.L423
.L418:
	jg	.L426
	xorl %eax, %eax
	movb $1, %al
	movl $1, %eax
	nop
	je	.L421
	jg	.L422
	.byte 1,2,3
	jmp	.L412
	jmp	.L415
	je	.L425
	jg	.L424
	jmp	.L420
.L419:
	jmp	.L408
	.byte 1,2,3
	jg	.L415
.L420:
	.byte 1,2,3
	jg	.L425
.L421:
.L422:
	xorl %eax, %eax
	je	.L417
	nop
	xorl %eax, %eax
	.p2align 4,,15
	.p2align 5,,3
	.byte 1,2,3
	addq $100000, %rax
	.byte 1,2,3
	jg	.L424
.L423:
	movl $1, %eax
	nop
	jne	.L433
	jg	.L423
.L424:
	.byte 1,2,3
.L425:
	xorl %eax, %eax
	jmp	.L416
	jne	.L435
.L426:
	movb $1, %al
.L427:
	xorl %eax, %eax
	.p2align 4,,10
	jl	.L422
	jl	.L418
	nop
	xorl %eax, %eax
	jmp	.L436
	jmp	.L424
	.byte 1,2,3
	je	.L423
	movb $1, %al
	.p2align 4,,15
	leaq 8(%rsp), %rsp
	jmp	.L429
	jmp	.L422
	jmp	.L432
	jne	.L427
	jmp	.L418
	je	.L420
	jne	.L426
	addq $100000, %rax
	.long 7
	jg	.L422
	jmp	.L431
	xorl %eax, %eax
	.byte 1,2,3
	jmp	.L438
	jmp	.L419
	.byte 1,2,3
	jne	.L426
.L428:
	jmp	.L437
.L429:
	.byte 1,2,3
	jne	.L437
.L430:
	jg	.L438
	xorl %eax, %eax
.L431:
	movb $1, %al
.L432:
.L433:
	jne	.L440
	jne	.L444
.L434:
	jne	.L428
	jmp	.L443
	je	.L441
	.p2align 3
	jne	.L447
	jl	.L430
	jne	.L423
	jl	.L423
	leaq 8(%rsp), %rsp
	movl $1, %eax
.L435:
	.p2align 2
	jg	.L448
	jne	.L437
.L436:
	jg	.L428
.L437:
.L438:
	xorl %eax, %eax
	je	.L436
	movl $1, %eax
.L439:
	leaq 8(%rsp), %rsp
	jmp	.L438
	xorl %eax, %eax
	jne	.L451
.L440:
	jl	.L430
.L441:
	leaq 8(%rsp), %rsp
	movb $1, %al
	.byte 1,2,3
.L442:
	leaq 8(%rsp), %rsp
	addq $100000, %rax
	jl	.L435
	movl $1, %eax
	jne	.L449
.L443:
	jmp	.L438
	.p2align 4,,10
	leaq 8(%rsp), %rsp
	jl	.L442
	movb $1, %al
	movl $1, %eax
	jg	.L455
.L444:
	.long 7
	jg	.L448
	je	.L449
	jmp	.L446
	je	.L441
.L445:
	jg	.L451
	jl	.L441
	jl	.L447
	.long 7
	jmp	.L457
	movl $1, %eax
	nop
	jg	.L437
	.p2align 2
	.p2align 4
.L446:
	.p2align 2
	jmp	.L445
.L447:
	.p2align 4
	addq $100000, %rax
	.long 7
.L448:
	jne	.L453
	.p2align 4
.L449:
	addq $100000, %rax
	.p2align 5,,3
	jl	.L448
	jg	.L460
	.byte 1,2,3
	jne	.L449
	jne	.L445
	jl	.L445
	jmp	.L456
	.byte 1,2,3
	jg	.L461
.L450:
	jmp	.L444
	jmp	.L456
	je	.L461
	jmp	.L452
	xorl %eax, %eax
	jg	.L448
	movl $1, %eax
	je	.L450
	nop
.L451:
	jne	.L463
	addq $100000, %rax
	jne	.L456
	.long 7
	movl $1, %eax
	.long 7
	.long 7
	leaq 8(%rsp), %rsp
	.long 7
	je	.L444
.L452:
	jmp	.L451
	jne	.L449
	jne	.L451
	.long 7
.L453:
	movl $1, %eax
	je	.L448
	jmp	.L461
	jmp	.L463
	jmp	.L459
	jg	.L452
	movl $1, %eax
	.byte 1,2,3
	jne	.L444
	.long 7
	jne	.L451
	jmp	.L455
.L454:
	jmp	.L461
	xorl %eax, %eax
	movb $1, %al
	je	.L451
	xorl %eax, %eax
	je	.L457
.L455:
	movl $1, %eax
.L456:
	jmp	.L464
	leaq 8(%rsp), %rsp
	xorl %eax, %eax
	addq $100000, %rax
	nop
.L457:
	movl $1, %eax
.L458:
	.p2align 4,,10
	jl	.L461
	jg	.L467
	jl	.L463
	jl	.L448
	xorl %eax, %eax
	jl	.L447
	movb $1, %al
	movl $1, %eax
	xorl %eax, %eax
	.byte 1,2,3
	nop
	jg	.L467
	.p2align 2
	jg	.L453
	jmp	.L452
.L459:
	nop
.L460:
.L461:
.L462:
	jg	.L468
.L463:
	jmp	.L466
	jl	.L471
	jne	.L464
	jg	.L471
	jmp	.L475
	.long 7
	jg	.L454
	jg	.L453
	jmp	.L457
	jg	.L454
.L464:
.L465:
	jl	.L468
	addq $100000, %rax
	jl	.L458
	addq $100000, %rax
	jg	.L461
	je	.L467
.L466:
	jg	.L477
.L467:
	jg	.L465
	nop
	.p2align 5,,3
.L468:
	xorl %eax, %eax
	.long 7
	addq $100000, %rax
	jmp	.L468
	addq $100000, %rax
	jmp	.L470
	.long 7
	jl	.L480
	jne	.L462
	je	.L481
	.byte 1,2,3
	nop
	addq $100000, %rax
	jg	.L463
.L469:
	.byte 1,2,3
	je	.L463
.L470:
	nop
.L471:
	jmp	.L472
.L472:
	nop
	jg	.L481
	jne	.L480
	jg	.L477
	.long 7
	je	.L465
.L473:
	movl $1, %eax
	.byte 1,2,3
.L474:
.L475:
.L476:
	jl	.L481
	jl	.L479
.L477:
.L478:
.L479:
	jmp	.L481
.L480:
	jl	.L482
	jne	.L486
.L481:
	jmp	.L482
	jl	.L472
	jg	.L475
.L482:
	.p2align 2
	nop
	je	.L491
	jg	.L482
	jne	.L488
	.long 7
	je	.L491
	addq $100000, %rax
	jne	.L494
	jne	.L486
	jne	.L474
	jmp	.L494
	jmp	.L480
	je	.L484
	jg	.L487
	jg	.L472
	je	.L478
	leaq 8(%rsp), %rsp
	je	.L490
	jmp	.L480
	jg	.L480
	jg	.L483
	jl	.L483
	movb $1, %al
	je	.L494
	.long 7
	jg	.L486
.L483:
	jmp	.L496
	jl	.L488
	.balign 16,,7
	jg	.L488
.L484:
	jne	.L483
.L485:
	leaq 8(%rsp), %rsp
	jmp	.L483
	jmp	.L492
	movl $1, %eax
	jmp	.L496
	jmp	.L497
	jg	.L480
	movb $1, %al
	.long 7
	.long 7
.L486:
	jl	.L485
.L487:
	xorl %eax, %eax
	jmp	.L500
	jmp	.L495
	.p2align 4,,15
.L488:
	.balign 16,,7
	nop
	jg	.L492
	jg	.L478
	movb $1, %al
	jmp	.L495
	xorl %eax, %eax
	je	.L492
	xorl %eax, %eax
	jmp	.L484
	jl	.L496
	jl	.L500
	jl	.L501
	jne	.L481
	.balign 16,,7
	jg	.L478
	jmp	.L477
	jmp	.L496
	jne	.L477
.L489:
	movl $1, %eax
	jne	.L497
	jmp	.L500
.L490:
	jg	.L493
.L491:
	jmp	.L502
	jmp	.L485
.L492:
	.long 7
	addq $100000, %rax
	jl	.L482
	nop
	nop
.L493:
.L494:
	jmp	.L492
.L495:
	.p2align 2
	jl	.L486
	jg	.L495
	movb $1, %al
	nop
	nop
.L496:
.L497:
.L498:
	jl	.L503
.L499:
	je	.L510
.L500:
	.p2align 4,,10
	nop
	nop
	addq $100000, %rax
.L501:
	jmp	.L511
	jne	.L498
	jg	.L508
	jg	.L509
	jl	.L507
	leaq 8(%rsp), %rsp
.L502:
	.long 7
	je	.L511
.L503:
	.byte 1,2,3
	jl	.L512
	jl	.L506
.L504:
	addq $100000, %rax
	addq $100000, %rax
.L505:
	.long 7
	je	.L496
	.long 7
.L506:
	.byte 1,2,3
	jg	.L500
	jne	.L499
	jne	.L510
	leaq 8(%rsp), %rsp
	jl	.L497
	movl $1, %eax
.L507:
.L508:
	movl $1, %eax
	movb $1, %al
.L509:
	jne	.L504
	jl	.L511
	je	.L512
	movb $1, %al
	jg	.L507
	jmp	.L516
	.long 7
	jne	.L510
	jl	.L507
	jg	.L505
	jne	.L513
	movl $1, %eax
	jne	.L510
	jne	.L503
	jmp	.L510
.L510:
	movl $1, %eax
	jmp	.L509
.L511:
	.p2align 4
	movb $1, %al
	je	.L502
	.byte 1,2,3
	movb $1, %al
	addq $100000, %rax
.L512:
	xorl %eax, %eax
	.byte 1,2,3
	jmp	.L514
	.balign 16,,7
.L513:
	jne	.L503
	addq $100000, %rax
	je	.L520
	nop
	nop
.L514:
.L515:
	leaq 8(%rsp), %rsp
	xorl %eax, %eax
.L516:
	.byte 1,2,3
	jl	.L518
	addq $100000, %rax
	je	.L514
.L517:
	.byte 1,2,3
	jl	.L527
	leaq 8(%rsp), %rsp
	jmp	.L513
	jmp	.L518
	je	.L527
	jmp	.L529
	jne	.L517
	nop
	nop
.L518:
.L519:
	addq $100000, %rax
	jg	.L514
	jne	.L516
	jmp	.L521
.L520:
	jg	.L527
	je	.L528
	movb $1, %al
	leaq 8(%rsp), %rsp
	nop
	jl	.L524
	nop
	nop
	.p2align 5,,3
.L521:
	jne	.L526
	nop
	xorl %eax, %eax
	je	.L522
	jg	.L526
	addq $100000, %rax
	jne	.L528
	.byte 1,2,3
	xorl %eax, %eax
	jg	.L516
	xorl %eax, %eax
	jne	.L529
.L522:
.L523:
.L524:
	jne	.L523
	jne	.L513
	jmp	.L517
	je	.L524
	jl	.L521
	jne	.L513
	xorl %eax, %eax
	addq $100000, %rax
.L525:
	movl $1, %eax
	jl	.L529
	movl $1, %eax
	jmp	.L531
	.p2align 5,,3
.L526:
	addq $100000, %rax
.L527:
	jmp	.L523
	xorl %eax, %eax
	leaq 8(%rsp), %rsp
	jg	.L533
.L528:
	movl $1, %eax
	.p2align 4
	xorl %eax, %eax
	nop
	jmp	.L518
.L529:
	jg	.L531
	jmp	.L530
	.p2align 4
	jne	.L520
	.byte 1,2,3
	nop
	je	.L531
	leaq 8(%rsp), %rsp
	.long 7
.L530:
	nop
	addq $100000, %rax
	je	.L529
	jmp	.L525
	movb $1, %al
.L531:
	.p2align 4
	jl	.L522
	jg	.L525
	nop
	jg	.L521
	movb $1, %al
	je	.L533
	leaq 8(%rsp), %rsp
	jl	.L533
	jmp	.L543
.L532:
	addq $100000, %rax
	jl	.L521
	jmp	.L537
	jmp	.L536
	addq $100000, %rax
.L533:
	jg	.L524
	.long 7
	.p2align 4,,10
	jg	.L534
.L534:
.L535:
.L536:
	je	.L525
.L537:
	nop
	addq $100000, %rax
	jne	.L542
	je	.L548
	jmp	.L543
	.byte 1,2,3
	jg	.L537
	jg	.L538
	movl $1, %eax
	jne	.L545
	je	.L532
	addq $100000, %rax
	movb $1, %al
	.byte 1,2,3
	je	.L540
	movb $1, %al
	jl	.L545
	je	.L550
	addq $100000, %rax
	.long 7
	je	.L530
	jmp	.L531
.L538:
.L539:
	jmp	.L531
	movl $1, %eax
	jmp	.L544
.L540:
	jl	.L542
	jg	.L546
.L541:
.L542:
	jmp	.L542
	.long 7
	jl	.L546
	jmp	.L534
	je	.L536
	nop
.L543:
.L544:
	nop
	.long 7
.L545:
	jmp	.L545
.L546:
	xorl %eax, %eax
	jg	.L556
	jl	.L553
	addq $100000, %rax
.L547:
	movb $1, %al
	jg	.L556
.L548:
.L549:
.L550:
.L551:
	jg	.L545
	jl	.L550
	xorl %eax, %eax
	jmp	.L549
	jg	.L563
	movb $1, %al
	xorl %eax, %eax
.L552:
	jmp	.L549
.L553:
	jmp	.L551
	leaq 8(%rsp), %rsp
	nop
	.p2align 2
	je	.L549
	leaq 8(%rsp), %rsp
	.byte 1,2,3
.L554:
	jne	.L549
	xorl %eax, %eax
	movb $1, %al
	.p2align 3
	je	.L556
.L555:
.L556:
	movb $1, %al
.L557:
	.p2align 2
	jg	.L567
	movb $1, %al
	addq $100000, %rax
	jne	.L551
.L558:
.L559:
.L560:
	movb $1, %al
	jl	.L556
	jg	.L555
.L561:
.L562:
	.byte 1,2,3
	je	.L555
	.p2align 4
.L563:
	.byte 1,2,3
	.byte 1,2,3
	xorl %eax, %eax
	.long 7
.L564:
	nop
	movl $1, %eax
.L565:
	.p2align 4
.L566:
	je	.L564
.L567:
	jmp	.L574
	xorl %eax, %eax
.L568:
	movb $1, %al
	.p2align 2
.L569:
	je	.L558
	jne	.L575
	jne	.L564
	.byte 1,2,3
	je	.L562
	.long 7
.L570:
.L571:
.L572:
	jmp	.L578
.L573:
	jmp	.L563
	je	.L585
	xorl %eax, %eax
.L574:
.L575:
	je	.L581
	jmp	.L576
.L576:
.L577:
	.long 7
	je	.L586
	.long 7
	jne	.L568
	jl	.L574
	.long 7
	jl	.L568
.L578:
	jne	.L578
.L579:
	jmp	.L568
.L580:
	nop
	jne	.L588
	nop
	nop
	jmp	.L586
	nop
	.p2align 4
	nop
	jmp	.L581
	jmp	.L573
	leaq 8(%rsp), %rsp
.L581:
	movl $1, %eax
.L582:
	jmp	.L580
.L583:
	jne	.L574
	jg	.L572
	jg	.L579
	jne	.L587
	jmp	.L572
	movb $1, %al
	addq $100000, %rax
.L584:
	.long 7
	.byte 1,2,3
.L585:
	jne	.L595
	movl $1, %eax
	jg	.L574
	xorl %eax, %eax
	jl	.L577
	movl $1, %eax
.L586:
	jne	.L582
	movb $1, %al
	.long 7
.L587:
	jne	.L586
.L588:
	je	.L578
	je	.L593
.L589:
.L590:
	je	.L596
	jl	.L593
.L591:
.L592:
	jne	.L582
.L593:
	je	.L603
	jg	.L586
	xorl %eax, %eax
.L594:
	jg	.L583
.L595:
	je	.L585
	jg	.L597
	.p2align 4
	.byte 1,2,3
	jmp	.L595
	leaq 8(%rsp), %rsp
	xorl %eax, %eax
.L596:
	movb $1, %al
	jmp	.L588
	jmp	.L596
	jg	.L608
	.long 7
	.byte 1,2,3
	jmp	.L603
.L597:
	je	.L606
	jl	.L587
.L598:
	jne	.L591
	.byte 1,2,3
	nop
.L599:
	jl	.L608
	.balign 16,,7
.L600:
	je	.L591
	jl	.L594
	addq $100000, %rax
	jmp	.L610
	movl $1, %eax
	.byte 1,2,3
	je	.L613
.L601:
.L602:
.L603:
	movb $1, %al
	jl	.L612
.L604:
	jl	.L609
	jne	.L594
.L605:
	addq $100000, %rax
	jmp	.L604
	jmp	.L616
	xorl %eax, %eax
	jl	.L617
.L606:
	jg	.L615
.L607:
.L608:
	jmp	.L608
.L609:
	jl	.L599
	nop
	xorl %eax, %eax
	movb $1, %al
.L610:
	xorl %eax, %eax
.L611:
	jne	.L621
	.p2align 4,,10
	xorl %eax, %eax
	.p2align 4,,15
.L612:
	leaq 8(%rsp), %rsp
	.byte 1,2,3
	jg	.L621
	.byte 1,2,3
	nop
	jg	.L603
	movb $1, %al
	nop
	jne	.L608
	je	.L614
	leaq 8(%rsp), %rsp
	addq $100000, %rax
	nop
	jmp	.L603
	leaq 8(%rsp), %rsp
	jmp	.L616
	leaq 8(%rsp), %rsp
	xorl %eax, %eax
	leaq 8(%rsp), %rsp
	movl $1, %eax
	.long 7
	jmp	.L617
	jne	.L606
.L613:
	xorl %eax, %eax
	nop
	.long 7
.L614:
.L615:
.L616:
	addq $100000, %rax
	addq $100000, %rax
	movl $1, %eax
	jmp	.L619
.L617:
	jne	.L620
	jl	.L614
	.p2align 4
.L618:
	jmp	.L621
	jl	.L619
	jg	.L609
.L619:
	jne	.L620
	jne	.L616
.L620:
.L621:
	addq $100000, %rax
	movb $1, %al
	jmp	.L618
	xorl %eax, %eax
	jmp	.L625
	jmp	.L633
	.long 7
	movb $1, %al
	jne	.L617
	jmp	.L624
	jl	.L612
	jne	.L622
	movb $1, %al
	jg	.L612
	jl	.L629
.L622:
	.long 7
.L623:
	movl $1, %eax
.L624:
	leaq 8(%rsp), %rsp
	jg	.L617
	jne	.L624
	jg	.L623
	jne	.L632
	nop
	je	.L613
	nop
	.long 7
	je	.L635
	jl	.L616
	jl	.L630
.L625:
	jg	.L618
	jmp	.L631
	jne	.L625
	jg	.L633
.L626:
	jg	.L631
.L627:
	jmp	.L623
	je	.L619
.L628:
	.byte 1,2,3
.L629:
	.long 7
	.byte 1,2,3
	jmp	.L625
	jl	.L630
.L630:
	addq $100000, %rax
	leaq 8(%rsp), %rsp
.L631:
	xorl %eax, %eax
	.byte 1,2,3
	jg	.L628
	jne	.L633
	jmp	.L632
	jmp	.L628
	movb $1, %al
	movb $1, %al
	jmp	.L632
	jmp	.L624
	jmp	.L621
	movl $1, %eax
	xorl %eax, %eax
	je	.L627
	addq $100000, %rax
	.long 7
	.p2align 4,,15
	.p2align 4,,15
	addq $100000, %rax
	leaq 8(%rsp), %rsp
	leaq 8(%rsp), %rsp
	jmp	.L622
	jmp	.L620
	je	.L624
	je	.L630
	jmp	.L637
	jmp	.L632
.L632:
	jmp	.L637
	jne	.L638
	jne	.L630
	nop
.L633:
	nop
.L634:
	leaq 8(%rsp), %rsp
	je	.L623
.L635:
	je	.L646
.L636:
	jne	.L639
	movb $1, %al
	jmp	.L642
	addq $100000, %rax
	je	.L638
	jg	.L629
	jmp	.L641
.L637:
	movb $1, %al
	jmp	.L646
	jne	.L647
	movb $1, %al
	.p2align 5,,3
.L638:
.L639:
	jmp	.L631
	jmp	.L651
	leaq 8(%rsp), %rsp
	jmp	.L646
	.balign 16,,7
	.byte 1,2,3
	jg	.L640
	jne	.L635
	jmp	.L642
	jg	.L640
	movl $1, %eax
.L640:
	jl	.L650
	jne	.L629
	jmp	.L645
	.p2align 4,,15
	xorl %eax, %eax
	movb $1, %al
	.long 7
	nop
.L641:
	.long 7
.L642:
	jmp	.L636
	xorl %eax, %eax
	movb $1, %al
.L643:
	jl	.L637
	addq $100000, %rax
	.byte 1,2,3
	jmp	.L636
	jg	.L654
.L644:
	jmp	.L651
	je	.L649
	.byte 1,2,3
.L645:
.L646:
	jg	.L638
	jne	.L650
	jne	.L652
	je	.L645
	.byte 1,2,3
	xorl %eax, %eax
	jmp	.L638
	leaq 8(%rsp), %rsp
	jne	.L656
	xorl %eax, %eax
	leaq 8(%rsp), %rsp
	jmp	.L647
	xorl %eax, %eax
	addq $100000, %rax
	jl	.L640
	leaq 8(%rsp), %rsp
	jg	.L642
	xorl %eax, %eax
	je	.L649
	movb $1, %al
	jne	.L656
	nop
	jl	.L658
.L647:
	jmp	.L638
.L648:
	je	.L656
	nop
	jmp	.L638
	jmp	.L658
	jmp	.L657
	.p2align 5,,3
.L649:
	jne	.L642
.L650:
	nop
	leaq 8(%rsp), %rsp
.L651:
	je	.L651
	jne	.L642
	movb $1, %al
	.long 7
	.p2align 4
.L652:
.L653:
.L654:
	movb $1, %al
	jmp	.L660
	je	.L662
	addq $100000, %rax
	jne	.L648
	.long 7
	.balign 16,,7
	jmp	.L662
.L655:
	.p2align 3
	.byte 1,2,3
	xorl %eax, %eax
	jg	.L660
.L656:
	xorl %eax, %eax
	jmp	.L659
	movb $1, %al
	je	.L649
	nop
	.byte 1,2,3
	jmp	.L647
	leaq 8(%rsp), %rsp
	nop
	movb $1, %al
	je	.L650
	nop
	jmp	.L649
	addq $100000, %rax
	je	.L657
	nop
	jmp	.L657
	.balign 16,,7
	jne	.L662
.L657:
	.byte 1,2,3
.L658:
	xorl %eax, %eax
	movb $1, %al
	jl	.L670
	leaq 8(%rsp), %rsp
	jmp	.L663
	movl $1, %eax
	xorl %eax, %eax
	jmp	.L659
.L659:
.L660:
	jmp	.L666
	addq $100000, %rax
	movl $1, %eax
.L661:
	.long 7
	jg	.L665
.L662:
.L663:
.L664:
	je	.L672
	je	.L656
	jmp	.L658
	jmp	.L662
.L665:
	je	.L672
.L666:
	.long 7
	jmp	.L670
.L667:
.L668:
	leaq 8(%rsp), %rsp
	jne	.L661
	jg	.L675
.L669:
	je	.L661
	jne	.L668
	leaq 8(%rsp), %rsp
	movb $1, %al
	nop
	jmp	.L666
	jl	.L659
	jne	.L658
	jmp	.L677
	leaq 8(%rsp), %rsp
	xorl %eax, %eax
.L670:
	je	.L667
.L671:
.L672:
	movb $1, %al
.L673:
	.long 7
	movb $1, %al
	addq $100000, %rax
	jne	.L665
	.byte 1,2,3
	jl	.L680
	xorl %eax, %eax
.L674:
	.long 7
	xorl %eax, %eax
	jg	.L671
	.p2align 4
	jg	.L674
	jg	.L685
.L675:
	.long 7
	je	.L688
.L676:
	.p2align 5,,3
	nop
	addq $100000, %rax
	leaq 8(%rsp), %rsp
	jmp	.L687
	.p2align 4,,15
	jl	.L675
	jg	.L683
	nop
	jmp	.L689
	jg	.L666
	movl $1, %eax
.L677:
	xorl %eax, %eax
	.p2align 4,,15
	je	.L685
.L678:
	je	.L691
	jg	.L681
.L679:
.L680:
	xorl %eax, %eax
	jg	.L681
	je	.L688
.L681:
.L682:
	movb $1, %al
	jmp	.L671
	leaq 8(%rsp), %rsp
	leaq 8(%rsp), %rsp
	xorl %eax, %eax
	jmp	.L682
.L683:
	.long 7
	nop
.L684:
	leaq 8(%rsp), %rsp
.L685:
.L686:
	addq $100000, %rax
	.byte 1,2,3
	.long 7
.L687:
.L688:
	movl $1, %eax
	jmp	.L677
.L689:
	addq $100000, %rax
.L690:
	movl $1, %eax
	jg	.L679
	jl	.L680
	jl	.L701
	je	.L689
	jl	.L689
	jmp	.L688
	.long 7
	jmp	.L701
	jl	.L692
	jg	.L693
	movb $1, %al
	jne	.L701
	.byte 1,2,3
.L691:
.L692:
	jne	.L698
	leaq 8(%rsp), %rsp
	.p2align 4,,15
	leaq 8(%rsp), %rsp
	je	.L704
	je	.L697
.L693:
	.byte 1,2,3
.L694:
.L695:
	jmp	.L708
	movb $1, %al
	jl	.L691
	addq $100000, %rax
	movb $1, %al
	xorl %eax, %eax
	.balign 16,,7
	je	.L688
	movl $1, %eax
.L696:
	.p2align 5,,3
	movb $1, %al
	jg	.L705
	jl	.L697
	.balign 16,,7
	movb $1, %al
	movb $1, %al
	jmp	.L690
	je	.L708
	movl $1, %eax
	movl $1, %eax
	xorl %eax, %eax
.L697:
	.p2align 2
.L698:
	nop
	je	.L701
	.byte 1,2,3
.L699:
	leaq 8(%rsp), %rsp
	jl	.L708
	jmp	.L699
	je	.L694
	movl $1, %eax
	jg	.L703
	jne	.L699
	jg	.L688
.L700:
	je	.L713
.L701:
.L702:
	.byte 1,2,3
	jl	.L692
	je	.L693
	jne	.L706
.L703:
	jl	.L702
	addq $100000, %rax
	jmp	.L709
	movl $1, %eax
	jmp	.L713
	jg	.L700
	jg	.L694
	nop
	addq $100000, %rax
.L704:
	jl	.L703
	jg	.L705
	xorl %eax, %eax
	jne	.L694
.L705:
.L706:
	.byte 1,2,3
	jmp	.L711
	je	.L716
	jmp	.L695
	.p2align 4,,10
	addq $100000, %rax
	movl $1, %eax
	movb $1, %al
	nop
.L707:
	nop
.L708:
	jmp	.L698
	.long 7
	jne	.L697
	movl $1, %eax
	jl	.L706
	xorl %eax, %eax
	nop
	xorl %eax, %eax
.L709:
	movl $1, %eax
	jl	.L699
	leaq 8(%rsp), %rsp
	jg	.L715
	jmp	.L710
	jl	.L710
	.p2align 5,,3
	leaq 8(%rsp), %rsp
	nop
	jmp	.L717
	jmp	.L699
	jl	.L710
	.long 7
	.byte 1,2,3
	.byte 1,2,3
	jmp	.L721
.L710:
.L711:
	nop
	je	.L705
	jmp	.L708
.L712:
	jmp	.L713
	jmp	.L719
	jne	.L704
	addq $100000, %rax
	jg	.L705
	jne	.L716
	.long 7
	.p2align 2
	jg	.L721
	movb $1, %al
.L713:
	jg	.L719
	jg	.L715
	addq $100000, %rax
	jg	.L705
	jl	.L723
	nop
	.byte 1,2,3
.L714:
	.byte 1,2,3
	.byte 1,2,3
	xorl %eax, %eax
.L715:
.L716:
	jmp	.L707
	je	.L721
	movl $1, %eax
.L717:
.L718:
	movl $1, %eax
	nop
.L719:
	.long 7
	jl	.L725
	xorl %eax, %eax
.L720:
	leaq 8(%rsp), %rsp
.L721:
.L722:
	nop
	jmp	.L713
	xorl %eax, %eax
	nop
	jl	.L712
	jl	.L718
	jne	.L732
	jg	.L725
	addq $100000, %rax
.L723:
	jg	.L729
	jmp	.L729
	jg	.L726
.L724:
	.byte 1,2,3
.L725:
	jl	.L725
.L726:
.L727:
	addq $100000, %rax
	.byte 1,2,3
	nop
	jl	.L725
	jmp	.L727
	movl $1, %eax
.L728:
	jg	.L722
.L729:
	xorl %eax, %eax
	jg	.L724
.L730:
.L731:
	nop
	je	.L724
	jmp	.L724
.L732:
	jg	.L725
	.p2align 5,,3
	xorl %eax, %eax
	jne	.L723
	jne	.L742
	jg	.L726
	movb $1, %al
.L733:
	nop
	jne	.L741
.L734:
	jne	.L728
	jg	.L726
.L735:
	jg	.L737
	nop
	.byte 1,2,3
	addq $100000, %rax
	jg	.L745
	.byte 1,2,3
	.byte 1,2,3
	xorl %eax, %eax
.L736:
	jne	.L738
	jg	.L747
	je	.L730
	movb $1, %al
	jne	.L727
	je	.L742
	jne	.L748
.L737:
	.p2align 4,,15
	jne	.L747
	je	.L733
	jl	.L742
	movl $1, %eax
.L738:
	.p2align 4
	movb $1, %al
	jne	.L737
.L739:
.L740:
	je	.L747
	jg	.L745
	jne	.L751
.L741:
.L742:
	jl	.L738
	jg	.L734
	je	.L734
	xorl %eax, %eax
	jne	.L751
	.p2align 3
.L743:
	jmp	.L756
	jmp	.L749
	nop
	.byte 1,2,3
	nop
	leaq 8(%rsp), %rsp
	.byte 1,2,3
	jmp	.L751
	jmp	.L756
	je	.L733
	jg	.L738
	leaq 8(%rsp), %rsp
	.byte 1,2,3
	xorl %eax, %eax
	je	.L747
	jmp	.L744
	jne	.L755
.L744:
	.byte 1,2,3
	.p2align 3
	jne	.L733
	jg	.L744
	jmp	.L743
.L745:
	jmp	.L753
	jg	.L752
	.p2align 5,,3
	xorl %eax, %eax
	movl $1, %eax
.L746:
	jl	.L756
	jl	.L757
	jg	.L743
	jl	.L744
	jg	.L748
	.long 7
	nop
	xorl %eax, %eax
	jg	.L749
.L747:
	jl	.L745
	.byte 1,2,3
	jg	.L736
.L748:
	je	.L750
	jg	.L740
	leaq 8(%rsp), %rsp
	movb $1, %al
.L749:
	.byte 1,2,3
	jmp	.L741
	addq $100000, %rax
	addq $100000, %rax
	movl $1, %eax
	jl	.L755
	movb $1, %al
	jmp	.L761
	movl $1, %eax
	nop
	jg	.L757
	.long 7
	jg	.L752
	nop
	je	.L750
	movb $1, %al
	jg	.L741
	movb $1, %al
	addq $100000, %rax
	nop
	.byte 1,2,3
	movb $1, %al
	nop
	jmp	.L748
	jmp	.L756
	leaq 8(%rsp), %rsp
	.byte 1,2,3
.L750:
	jne	.L756
	jl	.L763
	.long 7
.L751:
	.p2align 2
	addq $100000, %rax
	jmp	.L747
	jg	.L754
	jmp	.L743
	jl	.L749
	jmp	.L763
	xorl %eax, %eax
	jmp	.L747
	jl	.L761
	jne	.L743
	jmp	.L759
	jmp	.L762
.L752:
	leaq 8(%rsp), %rsp
.L753:
	movl $1, %eax
	jmp	.L742
	jmp	.L766
.L754:
	jmp	.L755
	leaq 8(%rsp), %rsp
	jg	.L745
.L755:
	jmp	.L753
	jne	.L757
	movl $1, %eax
	jmp	.L761
	xorl %eax, %eax
.L756:
	je	.L768
	.p2align 2
	je	.L764
	je	.L763
	jg	.L769
	movb $1, %al
	jmp	.L763
.L757:
	addq $100000, %rax
	.long 7
.L758:
	.balign 16,,7
	movl $1, %eax
	xorl %eax, %eax
	jmp	.L755
	jl	.L769
	movb $1, %al
	jne	.L753
	movl $1, %eax
.L759:
.L760:
.L761:
	jl	.L769
	jne	.L772
.L762:
	jl	.L753
	jl	.L773
	je	.L769
	jmp	.L774
	addq $100000, %rax
.L763:
	movb $1, %al
.L764:
	jmp	.L755
	.long 7
	jmp	.L772
	jg	.L765
	jg	.L759
	jmp	.L760
	jne	.L755
	jl	.L762
.L765:
	jne	.L770
	jmp	.L769
	jne	.L755
	addq $100000, %rax
	.long 7
	nop
	xorl %eax, %eax
.L766:
	movl $1, %eax
	leaq 8(%rsp), %rsp
	xorl %eax, %eax
	jl	.L776
	jg	.L761
	nop
	jmp	.L755
	jg	.L770
	nop
	.p2align 5,,3
	je	.L777
	jmp	.L755
	movl $1, %eax
.L767:
	je	.L776
	jmp	.L766
	leaq 8(%rsp), %rsp
	jmp	.L771
	jmp	.L769
.L768:
	nop
.L769:
	nop
.L770:
	nop
.L771:
	nop
.L772:
	nop
.L773:
	nop
.L774:
	nop
.L775:
	nop
.L776:
	nop
.L777:
	nop
.L778:
	nop
.L779:
	nop
.L780:
	nop
