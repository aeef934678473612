	.text
.L0:
	je	.L6
	jne	.L1
	jl	.L0
	movl $1, %eax
	xorl %eax, %eax
	nop
	leaq 8(%rsp), %rsp
.L1:
	.long 7
	je	.L9
	movb $1, %al
	addq $100000, %rax
.L2:
	jmp	.L0
	nop
	movl $1, %eax
.L3:
	.byte 1,2,3
	jne	.L0
	nop
	je	.L0
	xorl %eax, %eax
.L4:
	.long 7
	jne	.L4
	addq $100000, %rax
	jmp	.L9
	jne	.L0
	.long 7
	je	.L3
	xorl %eax, %eax
	je	.L0
	jmp	.L10
	.byte 1,2,3
	jg	.L2
.L5:
.L6:
	jl	.L19
	jmp	.L16
.L7:
.L8:
	.byte 1,2,3
	movl $1, %eax
.L9:
	jl	.L21
	addq $100000, %rax
	leaq 8(%rsp), %rsp
	movb $1, %al
	jmp	.L4
	jmp	.L10
	jne	.L0
.L10:
.L11:
	jg	.L14
	movl $1, %eax
	je	.L11
.L12:
	jg	.L10
	je	.L14
	addq $100000, %rax
	leaq 8(%rsp), %rsp
	nop
	movl $1, %eax
	jg	.L20
	movb $1, %al
	jmp	.L10
.L13:
	je	.L4
	addq $100000, %rax
	nop
.L14:
	jg	.L4
	.long 7
	movb $1, %al
	jne	.L20
.L15:
	.long 7
	jg	.L24
	jne	.L26
.L16:
	jne	.L21
	xorl %eax, %eax
	jne	.L7
	nop
	addq $100000, %rax
.L17:
	.long 7
	jmp	.L20
	addq $100000, %rax
	jl	.L24
	leaq 8(%rsp), %rsp
	xorl %eax, %eax
	movl $1, %eax
	jmp	.L17
	jl	.L15
.L18:
	movb $1, %al
	movb $1, %al
	jmp	.L18
	jmp	.L16
.L19:
	jl	.L16
	jmp	.L13
	jmp	.L25
	.long 7
	.byte 1,2,3
	movl $1, %eax
.L20:
	jmp	.L26
	jg	.L22
	.byte 1,2,3
	jmp	.L14
.L21:
	jmp	.L33
.L22:
	je	.L28
	addq $100000, %rax
.L23:
	movb $1, %al
.L24:
	je	.L28
	xorl %eax, %eax
	nop
	jmp	.L34
.L25:
	addq $100000, %rax
.L26:
	jmp	.L30
	nop
	jmp	.L33
	je	.L19
	jmp	.L23
	leaq 8(%rsp), %rsp
	jl	.L39
	jne	.L32
.L27:
	xorl %eax, %eax
	jmp	.L36
	xorl %eax, %eax
	xorl %eax, %eax
	jmp	.L21
.L28:
	xorl %eax, %eax
	addq $100000, %rax
	.long 7
	xorl %eax, %eax
	je	.L22
	jmp	.L20
	jmp	.L30
	nop
	nop
	addq $100000, %rax
	jl	.L39
	nop
	jmp	.L32
	xorl %eax, %eax
	jl	.L35
	jg	.L27
	je	.L40
.L29:
	.long 7
.L30:
.L31:
	xorl %eax, %eax
.L32:
	xorl %eax, %eax
	nop
	jne	.L29
	addq $100000, %rax
.L33:
	.long 7
.L34:
	.long 7
	movb $1, %al
.L35:
	addq $100000, %rax
	jmp	.L39
	movb $1, %al
	.long 7
	xorl %eax, %eax
.L36:
	jmp	.L43
	movb $1, %al
.L37:
	jg	.L42
.L38:
.L39:
.L40:
.L41:
	jg	.L47
	jne	.L42
	je	.L51
.L42:
	jl	.L39
	nop
	nop
	jl	.L53
	nop
	jmp	.L55
	je	.L36
	.balign 16,,7
	.long 7
	xorl %eax, %eax
	jg	.L52
	jmp	.L53
.L43:
	.long 7
	xorl %eax, %eax
	jg	.L33
	xorl %eax, %eax
	jmp	.L54
	.byte 1,2,3
	je	.L52
	leaq 8(%rsp), %rsp
	jmp	.L45
	leaq 8(%rsp), %rsp
	jl	.L38
.L44:
	nop
	jmp	.L34
	jmp	.L34
	jmp	.L37
	jmp	.L34
	jl	.L44
	jmp	.L47
	nop
	xorl %eax, %eax
	.byte 1,2,3
	xorl %eax, %eax
.L45:
	jne	.L58
	movb $1, %al
	jl	.L51
	leaq 8(%rsp), %rsp
.L46:
	jl	.L49
.L47:
.L48:
.L49:
	movb $1, %al
.L50:
	.byte 1,2,3
	addq $100000, %rax
.L51:
.L52:
.L53:
.L54:
.L55:
	addq $100000, %rax
	jg	.L53
.L56:
.L57:
	nop
	addq $100000, %rax
	nop
	jmp	.L49
	jl	.L55
	je	.L61
	jl	.L54
	movb $1, %al
	jmp	.L69
.L58:
.L59:
	jne	.L67
.L60:
.L61:
	addq $100000, %rax
	movl $1, %eax
	leaq 8(%rsp), %rsp
	.long 7
	movl $1, %eax
	jne	.L64
	jne	.L64
	.byte 1,2,3
	jne	.L64
	movb $1, %al
	addq $100000, %rax
	movb $1, %al
	addq $100000, %rax
	jmp	.L68
	movb $1, %al
	addq $100000, %rax
	jne	.L66
.L62:
.L63:
	jl	.L57
	je	.L58
	movb $1, %al
	je	.L76
	je	.L64
	movb $1, %al
	.long 7
	addq $100000, %rax
	jmp	.L72
	jmp	.L69
.L64:
	xorl %eax, %eax
	nop
	addq $100000, %rax
	je	.L59
	movb $1, %al
	jne	.L58
.L65:
	movl $1, %eax
	nop
	jmp	.L71
	je	.L71
	movb $1, %al
.L66:
	nop
	xorl %eax, %eax
	jl	.L72
	jg	.L79
	jg	.L61
	jl	.L75
	movl $1, %eax
	movb $1, %al
	jmp	.L76
	.long 7
	movl $1, %eax
	xorl %eax, %eax
	je	.L68
.L67:
	xorl %eax, %eax
	addq $100000, %rax
	xorl %eax, %eax
	jne	.L62
	jne	.L64
	jmp	.L61
	jg	.L61
	.p2align 2
	xorl %eax, %eax
.L68:
	nop
.L69:
	.byte 1,2,3
	xorl %eax, %eax
.L70:
	.byte 1,2,3
	movl $1, %eax
	jne	.L70
	.byte 1,2,3
.L71:
	jl	.L84
	jne	.L61
	addq $100000, %rax
	.long 7
	jg	.L62
	jmp	.L76
	nop
	jne	.L73
	jmp	.L68
	jmp	.L79
	movl $1, %eax
	jmp	.L60
.L72:
	jl	.L69
	jne	.L76
	jmp	.L76
	jmp	.L76
	jmp	.L83
.L73:
	nop
	.balign 16,,7
	leaq 8(%rsp), %rsp
	.byte 1,2,3
	nop
	leaq 8(%rsp), %rsp
.L74:
	.byte 1,2,3
.L75:
	jmp	.L67
.L76:
.L77:
	leaq 8(%rsp), %rsp
.L78:
	.byte 1,2,3
	jne	.L85
	movl $1, %eax
.L79:
	jmp	.L86
	jne	.L68
	movl $1, %eax
	jg	.L79
	jne	.L72
.L80:
	nop
	jmp	.L76
	movl $1, %eax
	jmp	.L72
.L81:
.L82:
	jmp	.L92
	jl	.L80
	addq $100000, %rax
	xorl %eax, %eax
	xorl %eax, %eax
	leaq 8(%rsp), %rsp
	nop
	jne	.L84
	jl	.L82
.L83:
	jne	.L86
	jne	.L87
	jg	.L92
	je	.L83
	xorl %eax, %eax
	jl	.L95
.L84:
	jmp	.L75
	jmp	.L73
	je	.L84
	movb $1, %al
	jmp	.L80
	nop
.L85:
	je	.L75
	nop
.L86:
	jne	.L79
	jmp	.L94
	xorl %eax, %eax
	jmp	.L86
.L87:
.L88:
	je	.L77
	jg	.L82
.L89:
.L90:
	xorl %eax, %eax
	.long 7
	.long 7
	movb $1, %al
	addq $100000, %rax
	jl	.L102
	jg	.L81
.L91:
	je	.L84
	movl $1, %eax
	jl	.L84
	movl $1, %eax
	.long 7
	leaq 8(%rsp), %rsp
.L92:
	jl	.L105
	je	.L86
.L93:
	addq $100000, %rax
.L94:
	je	.L86
	.long 7
	jg	.L95
	movl $1, %eax
	jmp	.L103
.L95:
	jg	.L108
	jne	.L90
	nop
.L96:
	jmp	.L96
.L97:
	jmp	.L91
	.byte 1,2,3
	jmp	.L100
.L98:
	jne	.L88
	jne	.L93
	jne	.L109
.L99:
	je	.L111
	jl	.L107
	xorl %eax, %eax
	jl	.L98
.L100:
	.byte 1,2,3
	je	.L102
	jg	.L109
	addq $100000, %rax
	jg	.L96
.L101:
.L102:
.L103:
.L104:
	jg	.L100
	addq $100000, %rax
	movb $1, %al
	je	.L106
	je	.L103
.L105:
	jne	.L95
	xorl %eax, %eax
	movl $1, %eax
	.byte 1,2,3
	jmp	.L99
	movl $1, %eax
	je	.L113
	.byte 1,2,3
	leaq 8(%rsp), %rsp
	.long 7
	nop
	.long 7
	jl	.L118
	jmp	.L108
.L106:
	movb $1, %al
	jl	.L110
	jl	.L116
.L107:
	leaq 8(%rsp), %rsp
	movb $1, %al
	movl $1, %eax
	jmp	.L104
	xorl %eax, %eax
	jg	.L109
	.long 7
	jmp	.L108
	jl	.L100
	.byte 1,2,3
.L108:
	jne	.L110
	je	.L117
	jne	.L118
	addq $100000, %rax
	jg	.L97
	addq $100000, %rax
	.long 7
.L109:
	movb $1, %al
	leaq 8(%rsp), %rsp
.L110:
.L111:
	movl $1, %eax
	xorl %eax, %eax
.L112:
.L113:
	jne	.L102
	jl	.L112
	.long 7
	leaq 8(%rsp), %rsp
	.byte 1,2,3
	movl $1, %eax
.L114:
	je	.L113
	xorl %eax, %eax
	movb $1, %al
	.long 7
	jmp	.L126
.L115:
	jl	.L105
	xorl %eax, %eax
	movb $1, %al
	leaq 8(%rsp), %rsp
	jmp	.L121
.L116:
	leaq 8(%rsp), %rsp
	jmp	.L114
	jl	.L118
.L117:
.L118:
	.byte 1,2,3
	je	.L117
.L119:
	jg	.L120
.L120:
	jmp	.L111
	jl	.L127
	nop
.L121:
	jg	.L111
	jne	.L110
	jl	.L114
.L122:
	nop
	.byte 1,2,3
	jg	.L125
	leaq 8(%rsp), %rsp
.L123:
	movb $1, %al
	xorl %eax, %eax
	leaq 8(%rsp), %rsp
.L124:
	addq $100000, %rax
	movl $1, %eax
	nop
	addq $100000, %rax
	movb $1, %al
	.long 7
	leaq 8(%rsp), %rsp
	jmp	.L135
	jmp	.L131
	xorl %eax, %eax
.L125:
.L126:
	.byte 1,2,3
	je	.L137
	jne	.L122
	jmp	.L131
	xorl %eax, %eax
	xorl %eax, %eax
	jmp	.L137
	.p2align 3
.L127:
	jl	.L134
	.long 7
	jl	.L132
	nop
.L128:
	je	.L136
	.long 7
	jg	.L124
	movl $1, %eax
.L129:
	.byte 1,2,3
	leaq 8(%rsp), %rsp
	movl $1, %eax
	addq $100000, %rax
	jl	.L137
	jmp	.L142
	movb $1, %al
	xorl %eax, %eax
	.p2align 2
	jne	.L141
	.long 7
.L130:
.L131:
	jmp	.L121
	movb $1, %al
	jne	.L131
	jmp	.L122
.L132:
	movb $1, %al
	jmp	.L143
	leaq 8(%rsp), %rsp
	xorl %eax, %eax
.L133:
	addq $100000, %rax
	jmp	.L139
	.byte 1,2,3
	movl $1, %eax
	movb $1, %al
.L134:
	jmp	.L135
	jg	.L134
	xorl %eax, %eax
	movl $1, %eax
	jne	.L135
.L135:
	jne	.L134
	nop
	addq $100000, %rax
	movb $1, %al
	movb $1, %al
	.long 7
	.byte 1,2,3
	jne	.L132
	xorl %eax, %eax
	movl $1, %eax
.L136:
.L137:
	.long 7
	movl $1, %eax
	jg	.L137
	xorl %eax, %eax
	xorl %eax, %eax
	leaq 8(%rsp), %rsp
.L138:
.L139:
	jl	.L142
.L140:
.L141:
	jg	.L140
	jg	.L151
.L142:
	jmp	.L143
	jmp	.L152
	jl	.L133
	leaq 8(%rsp), %rsp
	.long 7
	.byte 1,2,3
	movb $1, %al
.L143:
.L144:
	movl $1, %eax
	movl $1, %eax
	jne	.L141
	addq $100000, %rax
	nop
.L145:
	jg	.L137
	jmp	.L140
	xorl %eax, %eax
.L146:
	.byte 1,2,3
.L147:
	leaq 8(%rsp), %rsp
	xorl %eax, %eax
	leaq 8(%rsp), %rsp
	jl	.L136
	.byte 1,2,3
	jmp	.L143
	jne	.L151
.L148:
	jmp	.L145
	nop
	nop
.L149:
	addq $100000, %rax
	.byte 1,2,3
	jg	.L155
	.byte 1,2,3
	jl	.L155
	nop
.L150:
	jmp	.L148
.L151:
.L152:
	leaq 8(%rsp), %rsp
	jl	.L160
	movl $1, %eax
	jmp	.L161
	movb $1, %al
	jg	.L156
.L153:
.L154:
	jmp	.L163
	jmp	.L164
	jmp	.L149
.L155:
	movb $1, %al
.L156:
	jg	.L152
	movl $1, %eax
	jne	.L162
.L157:
	jl	.L164
	jmp	.L170
	.long 7
	jg	.L159
	.long 7
	jg	.L155
	jg	.L149
.L158:
	jmp	.L166
	.byte 1,2,3
	nop
	nop
	jmp	.L165
	jl	.L152
.L159:
	jmp	.L162
.L160:
	jne	.L155
	nop
.L161:
	jmp	.L164
	jl	.L173
.L162:
.L163:
	movl $1, %eax
	jne	.L163
	leaq 8(%rsp), %rsp
.L164:
	xorl %eax, %eax
	xorl %eax, %eax
.L165:
	movl $1, %eax
	jmp	.L160
	je	.L173
	xorl %eax, %eax
.L166:
	nop
	jmp	.L161
	jg	.L178
	.long 7
.L167:
	je	.L178
	nop
	jne	.L168
.L168:
	jne	.L159
	jg	.L166
	je	.L177
	je	.L168
	.long 7
	jl	.L160
.L169:
	movl $1, %eax
	jg	.L163
	.long 7
	je	.L166
	xorl %eax, %eax
.L170:
	je	.L159
.L171:
	jg	.L166
	jg	.L168
	.byte 1,2,3
	jl	.L173
	jl	.L173
	leaq 8(%rsp), %rsp
	movl $1, %eax
	addq $100000, %rax
	jmp	.L174
.L172:
	.long 7
	nop
	.long 7
	jl	.L170
	.p2align 4
.L173:
	.byte 1,2,3
.L174:
	xorl %eax, %eax
	xorl %eax, %eax
	je	.L182
	movb $1, %al
.L175:
	je	.L173
	je	.L179
	jl	.L183
	je	.L171
	jmp	.L178
	movl $1, %eax
	.byte 1,2,3
	jg	.L167
	leaq 8(%rsp), %rsp
	nop
	movb $1, %al
	movb $1, %al
	jg	.L168
	jmp	.L184
	jl	.L179
	jne	.L170
	jmp	.L173
	movb $1, %al
	xorl %eax, %eax
.L176:
	jne	.L182
	jl	.L178
	je	.L189
.L177:
	jmp	.L169
.L178:
	jmp	.L167
	jne	.L172
	jl	.L176
	.long 7
	jg	.L169
	leaq 8(%rsp), %rsp
.L179:
.L180:
	.long 7
	.long 7
	movb $1, %al
	nop
.L181:
	leaq 8(%rsp), %rsp
	jl	.L185
	leaq 8(%rsp), %rsp
	movl $1, %eax
	.byte 1,2,3
.L182:
	.byte 1,2,3
	.long 7
.L183:
.L184:
	nop
	.long 7
	movl $1, %eax
	movb $1, %al
	.long 7
	jg	.L174
	movb $1, %al
.L185:
	nop
	xorl %eax, %eax
.L186:
	movl $1, %eax
	jmp	.L181
	jmp	.L194
	jg	.L186
	leaq 8(%rsp), %rsp
	jl	.L185
.L187:
	leaq 8(%rsp), %rsp
	jne	.L193
.L188:
	jg	.L200
	.long 7
	je	.L201
	movl $1, %eax
	nop
	jl	.L191
	xorl %eax, %eax
	addq $100000, %rax
	.byte 1,2,3
	jne	.L186
	jg	.L199
.L189:
.L190:
.L191:
	movb $1, %al
	jne	.L199
	xorl %eax, %eax
	leaq 8(%rsp), %rsp
.L192:
.L193:
	jmp	.L202
	jmp	.L197
	movl $1, %eax
	jl	.L198
	jmp	.L192
	movb $1, %al
	jne	.L191
	movl $1, %eax
.L194:
	xorl %eax, %eax
	movl $1, %eax
	movb $1, %al
	jg	.L198
	movl $1, %eax
	je	.L206
	movb $1, %al
	jne	.L205
	nop
	.byte 1,2,3
.L195:
	jg	.L185
	jl	.L203
	jl	.L205
	jmp	.L204
	.byte 1,2,3
	je	.L185
.L196:
	je	.L195
	jne	.L209
	addq $100000, %rax
.L197:
	xorl %eax, %eax
	jne	.L190
	jmp	.L188
	nop
	leaq 8(%rsp), %rsp
.L198:
	xorl %eax, %eax
	leaq 8(%rsp), %rsp
	jl	.L208
.L199:
.L200:
	je	.L198
	jne	.L202
	.balign 16,,7
	je	.L213
	jmp	.L212
.L201:
	je	.L205
	.byte 1,2,3
	jg	.L197
.L202:
	.byte 1,2,3
.L203:
.L204:
.L205:
.L206:
	je	.L211
	.long 7
	movb $1, %al
	.long 7
	.byte 1,2,3
	leaq 8(%rsp), %rsp
	movl $1, %eax
	addq $100000, %rax
	movl $1, %eax
	je	.L205
	movb $1, %al
	jmp	.L196
	jne	.L205
	.byte 1,2,3
	movl $1, %eax
	jl	.L205
	jl	.L198
	leaq 8(%rsp), %rsp
	jg	.L207
	jne	.L206
	.long 7
	je	.L210
	je	.L206
.L207:
	addq $100000, %rax
	je	.L217
	jmp	.L217
	jmp	.L207
	jmp	.L201
	nop
	.long 7
	movl $1, %eax
	jmp	.L200
	jg	.L218
	jmp	.L211
.L208:
	movl $1, %eax
	jg	.L214
	jmp	.L215
	jne	.L220
.L209:
	xorl %eax, %eax
	addq $100000, %rax
	jl	.L217
	jmp	.L206
.L210:
.L211:
	jmp	.L209
.L212:
	nop
.L213:
	.long 7
.L214:
	movl $1, %eax
	.long 7
	movb $1, %al
	addq $100000, %rax
	xorl %eax, %eax
	leaq 8(%rsp), %rsp
	jmp	.L222
	jg	.L227
	addq $100000, %rax
	.long 7
.L215:
.L216:
.L217:
	leaq 8(%rsp), %rsp
	movb $1, %al
	jmp	.L230
	addq $100000, %rax
	xorl %eax, %eax
.L218:
	jg	.L222
.L219:
.L220:
	xorl %eax, %eax
	je	.L218
	je	.L215
	jmp	.L232
	jg	.L216
	jmp	.L215
	jg	.L229
	movl $1, %eax
	addq $100000, %rax
.L221:
	jmp	.L212
	je	.L212
	jmp	.L215
	jmp	.L230
	je	.L216
	jne	.L226
	jl	.L220
	jmp	.L221
	jne	.L213
	je	.L229
	jmp	.L223
	.long 7
	.p2align 4,,15
	leaq 8(%rsp), %rsp
	jne	.L234
.L222:
	je	.L215
.L223:
.L224:
	jl	.L214
	.byte 1,2,3
	.long 7
	jmp	.L230
	jmp	.L216
	je	.L227
	jne	.L222
	leaq 8(%rsp), %rsp
.L225:
	jmp	.L235
	.byte 1,2,3
	jg	.L229
	xorl %eax, %eax
	je	.L216
	jmp	.L225
.L226:
	.long 7
	jmp	.L230
.L227:
	je	.L230
	leaq 8(%rsp), %rsp
	jl	.L219
.L228:
	xorl %eax, %eax
	je	.L226
	.long 7
	.long 7
	.balign 16,,7
	je	.L238
.L229:
	xorl %eax, %eax
	nop
.L230:
	xorl %eax, %eax
	jmp	.L243
	movl $1, %eax
	nop
	movl $1, %eax
	leaq 8(%rsp), %rsp
	jmp	.L234
	jmp	.L243
	movl $1, %eax
	jne	.L223
.L231:
	.long 7
	movb $1, %al
	nop
	jne	.L223
	je	.L228
	jne	.L222
	xorl %eax, %eax
.L232:
	je	.L229
	xorl %eax, %eax
	jne	.L239
.L233:
.L234:
	jmp	.L247
	xorl %eax, %eax
.L235:
	jg	.L233
.L236:
	movl $1, %eax
	.byte 1,2,3
	.long 7
	movb $1, %al
.L237:
	.long 7
	movb $1, %al
	jg	.L232
	jmp	.L240
.L238:
.L239:
	jl	.L239
	addq $100000, %rax
.L240:
.L241:
.L242:
	movl $1, %eax
	movb $1, %al
	movb $1, %al
	je	.L245
	jmp	.L253
	je	.L249
	jg	.L239
.L243:
	leaq 8(%rsp), %rsp
	xorl %eax, %eax
	movb $1, %al
	nop
	jne	.L239
.L244:
	leaq 8(%rsp), %rsp
	je	.L248
	addq $100000, %rax
	jg	.L246
	jmp	.L256
	jmp	.L251
	addq $100000, %rax
	jl	.L249
	jmp	.L256
	jne	.L247
.L245:
	jne	.L236
.L246:
	addq $100000, %rax
.L247:
	leaq 8(%rsp), %rsp
	jmp	.L239
	jmp	.L241
	.long 7
	jne	.L250
	xorl %eax, %eax
.L248:
	nop
.L249:
	addq $100000, %rax
	.byte 1,2,3
	jmp	.L255
	je	.L249
	jmp	.L257
	addq $100000, %rax
.L250:
	movl $1, %eax
	nop
	jl	.L258
	xorl %eax, %eax
.L251:
	jmp	.L264
	jg	.L259
	movl $1, %eax
	.balign 16,,7
	movb $1, %al
	.byte 1,2,3
	jmp	.L264
	jg	.L264
.L252:
	movb $1, %al
	.long 7
	jl	.L256
	nop
	addq $100000, %rax
	je	.L264
	je	.L253
	jne	.L252
	jmp	.L250
	nop
.L253:
	jmp	.L249
	jmp	.L260
	addq $100000, %rax
	movb $1, %al
	xorl %eax, %eax
	movb $1, %al
	movl $1, %eax
	jl	.L247
	movb $1, %al
	addq $100000, %rax
.L254:
	jl	.L256
	jg	.L266
	jmp	.L253
.L255:
	.byte 1,2,3
	jne	.L260
	jne	.L244
.L256:
	je	.L258
	jmp	.L254
	je	.L252
	jne	.L254
	jl	.L250
.L257:
	jg	.L250
.L258:
	jmp	.L257
	jmp	.L259
	.long 7
	jmp	.L250
	movb $1, %al
.L259:
	jne	.L269
.L260:
	jmp	.L267
	jmp	.L254
	jg	.L261
	jmp	.L263
	jne	.L255
	jg	.L269
.L261:
	je	.L259
	jmp	.L253
	jne	.L258
.L262:
	.byte 1,2,3
	movl $1, %eax
.L263:
	movb $1, %al
	jne	.L271
	je	.L264
	.long 7
	jg	.L255
	jmp	.L263
	je	.L258
	jmp	.L252
	addq $100000, %rax
.L264:
	jmp	.L260
	.long 7
.L265:
	movl $1, %eax
	jmp	.L275
	jne	.L266
.L266:
	je	.L260
	jmp	.L260
	xorl %eax, %eax
	addq $100000, %rax
	je	.L270
	xorl %eax, %eax
	je	.L258
	xorl %eax, %eax
	nop
	nop
	nop
	movb $1, %al
	.byte 1,2,3
	addq $100000, %rax
	jg	.L265
	je	.L260
	jl	.L273
.L267:
	jmp	.L279
	jl	.L270
	jmp	.L277
	jg	.L270
	jmp	.L270
	movb $1, %al
.L268:
	addq $100000, %rax
.L269:
	jl	.L266
	movb $1, %al
	.long 7
	addq $100000, %rax
.L270:
	nop
	jg	.L282
	leaq 8(%rsp), %rsp
	nop
	movl $1, %eax
	movb $1, %al
	jmp	.L278
	movb $1, %al
	nop
	je	.L261
.L271:
	jg	.L270
	jg	.L271
	addq $100000, %rax
	.long 7
	addq $100000, %rax
	jl	.L269
	nop
	jl	.L279
.L272:
.L273:
	leaq 8(%rsp), %rsp
	xorl %eax, %eax
	xorl %eax, %eax
.L274:
	jmp	.L278
.L275:
.L276:
	jmp	.L268
	.byte 1,2,3
	jl	.L274
	.long 7
	.byte 1,2,3
	jl	.L280
	addq $100000, %rax
	jg	.L278
	addq $100000, %rax
.L277:
	jl	.L274
	jmp	.L281
	jl	.L267
	xorl %eax, %eax
	addq $100000, %rax
	jmp	.L279
	xorl %eax, %eax
	.long 7
	.byte 1,2,3
	movb $1, %al
	jg	.L274
	leaq 8(%rsp), %rsp
	jne	.L276
.L278:
	leaq 8(%rsp), %rsp
	je	.L278
	jne	.L290
.L279:
.L280:
	jmp	.L291
	jl	.L277
	jl	.L287
	.byte 1,2,3
	jg	.L276
	xorl %eax, %eax
	jmp	.L280
	jg	.L275
	jg	.L272
	nop
.L281:
	jmp	.L284
	je	.L272
.L282:
	movl $1, %eax
.L283:
.L284:
	xorl %eax, %eax
.L285:
.L286:
.L287:
	jne	.L292
.L288:
	addq $100000, %rax
	je	.L285
.L289:
	jmp	.L286
	jg	.L278
	jl	.L297
.L290:
	jmp	.L289
	jne	.L302
.L291:
	jmp	.L293
	xorl %eax, %eax
	xorl %eax, %eax
	movb $1, %al
	.byte 1,2,3
	jg	.L283
	leaq 8(%rsp), %rsp
	.byte 1,2,3
	addq $100000, %rax
	movl $1, %eax
	movl $1, %eax
	jne	.L300
.L292:
	jl	.L302
	movl $1, %eax
.L293:
	jne	.L294
.L294:
	movl $1, %eax
	addq $100000, %rax
	jmp	.L287
	leaq 8(%rsp), %rsp
.L295:
	movl $1, %eax
	jl	.L296
	addq $100000, %rax
	jl	.L303
	jmp	.L293
.L296:
.L297:
	movb $1, %al
	addq $100000, %rax
	jmp	.L299
	jmp	.L297
.L298:
	leaq 8(%rsp), %rsp
	.byte 1,2,3
	jmp	.L298
.L299:
.L300:
.L301:
	jl	.L293
.L302:
.L303:
	.byte 1,2,3
.L304:
	je	.L293
	addq $100000, %rax
	je	.L299
.L305:
	jg	.L297
	jl	.L305
.L306:
	movb $1, %al
.L307:
.L308:
.L309:
	movl $1, %eax
	leaq 8(%rsp), %rsp
	jmp	.L316
	jl	.L322
	je	.L300
	.byte 1,2,3
	jg	.L321
	jg	.L318
	.byte 1,2,3
	jne	.L312
	.long 7
	xorl %eax, %eax
.L310:
	jne	.L299
	.byte 1,2,3
	jl	.L320
	.byte 1,2,3
.L311:
	movl $1, %eax
	movb $1, %al
.L312:
	addq $100000, %rax
.L313:
	addq $100000, %rax
	jmp	.L314
	addq $100000, %rax
	leaq 8(%rsp), %rsp
	jne	.L304
	movl $1, %eax
	.byte 1,2,3
	addq $100000, %rax
	jmp	.L316
.L314:
	addq $100000, %rax
	xorl %eax, %eax
	jl	.L319
	nop
	nop
	je	.L318
.L315:
	jmp	.L306
	leaq 8(%rsp), %rsp
	nop
	leaq 8(%rsp), %rsp
	jne	.L314
	jmp	.L328
.L316:
	movb $1, %al
	jne	.L305
.L317:
.L318:
	.long 7
	movb $1, %al
.L319:
.L320:
	.byte 1,2,3
.L321:
.L322:
	je	.L322
	movl $1, %eax
	leaq 8(%rsp), %rsp
	jne	.L335
	jmp	.L316
.L323:
	jmp	.L336
	nop
	jl	.L329
	je	.L317
	movb $1, %al
	jl	.L334
	.long 7
	.byte 1,2,3
	xorl %eax, %eax
	jl	.L334
.L324:
	je	.L335
	jl	.L325
	je	.L328
	addq $100000, %rax
.L325:
.L326:
	.byte 1,2,3
	jmp	.L338
	.p2align 4
	nop
	jne	.L315
	movl $1, %eax
	jmp	.L337
	jl	.L328
	leaq 8(%rsp), %rsp
	movl $1, %eax
	movl $1, %eax
	je	.L338
	movb $1, %al
	.long 7
	.byte 1,2,3
	jmp	.L327
	xorl %eax, %eax
	jg	.L324
	.long 7
	movb $1, %al
	je	.L336
	jne	.L336
	jmp	.L332
	jne	.L335
	leaq 8(%rsp), %rsp
	xorl %eax, %eax
.L327:
	movl $1, %eax
	jl	.L337
	nop
	jmp	.L340
	jl	.L331
	jmp	.L321
	jmp	.L322
	movb $1, %al
.L328:
.L329:
	jne	.L333
.L330:
.L331:
	je	.L342
	addq $100000, %rax
	jmp	.L343
	xorl %eax, %eax
	jmp	.L330
	.byte 1,2,3
	nop
	jmp	.L333
	xorl %eax, %eax
	jg	.L344
	jg	.L333
	.long 7
	leaq 8(%rsp), %rsp
	.balign 16,,7
	movl $1, %eax
	jl	.L336
.L332:
	jl	.L342
	xorl %eax, %eax
	jne	.L341
	.long 7
	leaq 8(%rsp), %rsp
	jl	.L322
.L333:
	jg	.L332
	je	.L332
	jne	.L346
	jg	.L326
	jg	.L342
	jg	.L335
	.long 7
	movb $1, %al
	.long 7
.L334:
	leaq 8(%rsp), %rsp
	jmp	.L338
	.p2align 3
	jl	.L343
	addq $100000, %rax
	jl	.L343
	.long 7
	.byte 1,2,3
	jl	.L325
.L335:
	addq $100000, %rax
	jl	.L332
	je	.L330
	jg	.L326
	movb $1, %al
	.long 7
	movl $1, %eax
	leaq 8(%rsp), %rsp
.L336:
	.long 7
	jne	.L340
	xorl %eax, %eax
	jmp	.L349
	jmp	.L342
	nop
	nop
	addq $100000, %rax
	jl	.L341
	xorl %eax, %eax
	je	.L349
	je	.L325
	movl $1, %eax
	xorl %eax, %eax
.L337:
	leaq 8(%rsp), %rsp
.L338:
	jmp	.L341
.L339:
	leaq 8(%rsp), %rsp
.L340:
	jg	.L339
	jne	.L353
	jg	.L339
	jne	.L353
.L341:
	xorl %eax, %eax
	movl $1, %eax
	.long 7
.L342:
	nop
	jmp	.L337
	nop
	addq $100000, %rax
	.byte 1,2,3
	.byte 1,2,3
.L343:
	nop
	jg	.L334
	jl	.L352
.L344:
	.long 7
	.byte 1,2,3
	nop
	.byte 1,2,3
.L345:
	jmp	.L350
	movl $1, %eax
	nop
	jl	.L351
	jne	.L344
	addq $100000, %rax
	movl $1, %eax
	jg	.L353
	jmp	.L342
.L346:
	je	.L340
	jmp	.L350
	jl	.L340
.L347:
	addq $100000, %rax
	movl $1, %eax
	je	.L349
	.byte 1,2,3
	xorl %eax, %eax
	je	.L339
	movl $1, %eax
	jl	.L349
.L348:
	xorl %eax, %eax
	.p2align 5,,3
	jl	.L352
	jl	.L340
	.long 7
	jne	.L337
	jmp	.L348
	.long 7
	jmp	.L347
	addq $100000, %rax
	jmp	.L357
	je	.L347
	movb $1, %al
	movb $1, %al
	jmp	.L358
.L349:
	leaq 8(%rsp), %rsp
	.byte 1,2,3
	movl $1, %eax
	.byte 1,2,3
.L350:
	addq $100000, %rax
.L351:
.L352:
	xorl %eax, %eax
.L353:
	jl	.L354
	xorl %eax, %eax
	jmp	.L346
	xorl %eax, %eax
	jne	.L359
.L354:
.L355:
	jmp	.L344
	nop
.L356:
	jmp	.L368
.L357:
	xorl %eax, %eax
.L358:
	leaq 8(%rsp), %rsp
	nop
.L359:
	movb $1, %al
	.byte 1,2,3
	jg	.L361
	.long 7
	jmp	.L357
.L360:
	xorl %eax, %eax
	je	.L372
	xorl %eax, %eax
	movl $1, %eax
	xorl %eax, %eax
	jmp	.L350
	jg	.L356
	leaq 8(%rsp), %rsp
	jl	.L364
	jne	.L358
.L361:
	addq $100000, %rax
	.long 7
	nop
	.long 7
	jmp	.L367
	movb $1, %al
	jmp	.L370
	.long 7
	addq $100000, %rax
	jmp	.L373
.L362:
	je	.L357
	movl $1, %eax
	xorl %eax, %eax
	movb $1, %al
	movl $1, %eax
	leaq 8(%rsp), %rsp
	.byte 1,2,3
	jl	.L354
	jl	.L373
	jg	.L360
	je	.L363
	nop
	jne	.L360
	jne	.L370
	jmp	.L353
.L363:
	movb $1, %al
.L364:
	movb $1, %al
	jl	.L368
	jg	.L358
	jne	.L371
	.long 7
	xorl %eax, %eax
	.long 7
	jg	.L362
.L365:
	jg	.L377
	jmp	.L377
	xorl %eax, %eax
	jg	.L378
.L366:
.L367:
	jne	.L378
	jne	.L366
	movb $1, %al
.L368:
	je	.L380
.L369:
.L370:
	movb $1, %al
	jne	.L364
	.byte 1,2,3
	nop
	leaq 8(%rsp), %rsp
	nop
	leaq 8(%rsp), %rsp
	addq $100000, %rax
	jmp	.L363
	addq $100000, %rax
	addq $100000, %rax
	jmp	.L362
.L371:
	jl	.L371
.L372:
	.byte 1,2,3
	movb $1, %al
	jmp	.L381
	jmp	.L369
	jl	.L381
	jl	.L369
	je	.L362
.L373:
	jmp	.L369
	jne	.L368
	movl $1, %eax
	jne	.L382
	movl $1, %eax
	jl	.L367
	addq $100000, %rax
	je	.L370
	xorl %eax, %eax
	movb $1, %al
.L374:
.L375:
	addq $100000, %rax
.L376:
	leaq 8(%rsp), %rsp
	.long 7
.L377:
	addq $100000, %rax
.L378:
	jmp	.L389
	addq $100000, %rax
	xorl %eax, %eax
	movl $1, %eax
	.long 7
	.long 7
	jg	.L387
	addq $100000, %rax
	movl $1, %eax
.L379:
.L380:
	leaq 8(%rsp), %rsp
	movb $1, %al
	je	.L373
	movb $1, %al
	xorl %eax, %eax
	je	.L376
.L381:
.L382:
	addq $100000, %rax
.L383:
	jmp	.L390
	jne	.L381
	jg	.L385
	jmp	.L379
	xorl %eax, %eax
	jmp	.L396
	jne	.L380
	movb $1, %al
	jne	.L385
	jl	.L393
	jmp	.L382
	leaq 8(%rsp), %rsp
.L384:
.L385:
	jmp	.L381
	xorl %eax, %eax
	jmp	.L374
	jl	.L394
	jg	.L377
.L386:
	addq $100000, %rax
	movb $1, %al
	leaq 8(%rsp), %rsp
	jg	.L378
	movl $1, %eax
	movl $1, %eax
.L387:
.L388:
.L389:
.L390:
.L391:
.L392:
	jl	.L405
	jmp	.L396
	leaq 8(%rsp), %rsp
	nop
	.long 7
	addq $100000, %rax
	.long 7
	je	.L399
.L393:
	jl	.L400
	jg	.L393
	jg	.L392
.L394:
	movl $1, %eax
	.p2align 3
.L395:
.L396:
	movl $1, %eax
	nop
	.byte 1,2,3
.L397:
	jmp	.L389
.L398:
	jg	.L395
	jne	.L403
	jg	.L387
.L399:
	.byte 1,2,3
	jg	.L411
	jmp	.L403
	nop
	je	.L391
	.balign 16,,7
	xorl %eax, %eax
	jmp	.L391
	xorl %eax, %eax
	.byte 1,2,3
.L400:
.L401:
.L402:
	xorl %eax, %eax
.L403:
.L404:
	jmp	.L406
	movl $1, %eax
	.long 7
	movl $1, %eax
	movb $1, %al
.L405:
.L406:
.L407:
	movb $1, %al
	xorl %eax, %eax
	je	.L396
	xorl %eax, %eax
	movb $1, %al
.L408:
.L409:
	jl	.L416
.L410:
	movb $1, %al
	jmp	.L413
	movb $1, %al
	jne	.L421
.L411:
	jmp	.L424
	jl	.L413
.L412:
	jmp	.L422
	movb $1, %al
.L413:
	jne	.L404
	addq $100000, %rax
	leaq 8(%rsp), %rsp
	movl $1, %eax
	jl	.L408
	jmp	.L405
	jne	.L424
	nop
.L414:
	je	.L413
.L415:
	nop
	.byte 1,2,3
.L416:
	jg	.L418
	.byte 1,2,3
	jmp	.L425
	movl $1, %eax
	.long 7
.L417:
.L418:
.L419:
.L420:
	.byte 1,2,3
	nop
	.long 7
	jg	.L422
	jmp	.L432
	addq $100000, %rax
	movb $1, %al
	jmp	.L425
	.byte 1,2,3
.L421:
.L422:
	movl $1, %eax
	movl $1, %eax
	xorl %eax, %eax
.L423:
	addq $100000, %rax
	je	.L412
	movb $1, %al
	.byte 1,2,3
.L424:
	jne	.L433
	jmp	.L428
.L425:
	jmp	.L422
	jg	.L422
	addq $100000, %rax
	je	.L437
	jmp	.L429
	leaq 8(%rsp), %rsp
.L426:
	movl $1, %eax
.L427:
	je	.L422
	jl	.L429
	jmp	.L428
	jg	.L427
	jmp	.L432
.L428:
.L429:
	jne	.L436
	addq $100000, %rax
	.byte 1,2,3
	jg	.L431
.L430:
	movb $1, %al
.L431:
	nop
	nop
.L432:
.L433:
	.p2align 3
	jmp	.L435
	jmp	.L425
	addq $100000, %rax
	.byte 1,2,3
.L434:
	xorl %eax, %eax
.L435:
.L436:
	.long 7
	leaq 8(%rsp), %rsp
	jne	.L442
	leaq 8(%rsp), %rsp
	.long 7
	jl	.L442
	je	.L445
	jl	.L431
	jne	.L435
	.p2align 5,,3
.L437:
	jmp	.L436
	addq $100000, %rax
	je	.L443
	.long 7
	jne	.L426
	movb $1, %al
	leaq 8(%rsp), %rsp
	je	.L438
	addq $100000, %rax
	.byte 1,2,3
	xorl %eax, %eax
	jg	.L432
.L438:
	movl $1, %eax
	movb $1, %al
	addq $100000, %rax
	.byte 1,2,3
	.long 7
	movl $1, %eax
	jg	.L440
	movl $1, %eax
	.p2align 4,,15
.L439:
	jl	.L450
	addq $100000, %rax
	je	.L446
	xorl %eax, %eax
	movl $1, %eax
	movb $1, %al
	jne	.L452
	jg	.L444
	jg	.L447
	jg	.L429
.L440:
	.long 7
	movb $1, %al
	jne	.L439
	jmp	.L430
.L441:
.L442:
	jl	.L449
	jmp	.L449
.L443:
.L444:
.L445:
	jg	.L446
	jmp	.L448
.L446:
	addq $100000, %rax
	.byte 1,2,3
	.long 7
.L447:
	jmp	.L437
	.long 7
.L448:
.L449:
	jg	.L445
	jmp	.L444
	movb $1, %al
.L450:
	movl $1, %eax
	movl $1, %eax
	jmp	.L462
	leaq 8(%rsp), %rsp
.L451:
.L452:
.L453:
	movl $1, %eax
	.long 7
	je	.L466
	jmp	.L446
	je	.L453
	jg	.L444
	.long 7
	jmp	.L453
	.long 7
	jne	.L465
.L454:
.L455:
	jmp	.L460
	leaq 8(%rsp), %rsp
	leaq 8(%rsp), %rsp
	jg	.L455
.L456:
	nop
	addq $100000, %rax
	movl $1, %eax
	movb $1, %al
	leaq 8(%rsp), %rsp
	jne	.L464
.L457:
	jmp	.L457
	addq $100000, %rax
.L458:
.L459:
	leaq 8(%rsp), %rsp
	jg	.L453
.L460:
	jne	.L465
	jmp	.L469
	xorl %eax, %eax
.L461:
	jg	.L471
	jmp	.L452
.L462:
	jg	.L468
	addq $100000, %rax
.L463:
	leaq 8(%rsp), %rsp
	leaq 8(%rsp), %rsp
	movb $1, %al
.L464:
.L465:
	xorl %eax, %eax
	leaq 8(%rsp), %rsp
	jmp	.L469
	je	.L475
	nop
	leaq 8(%rsp), %rsp
	leaq 8(%rsp), %rsp
	movb $1, %al
	xorl %eax, %eax
	jne	.L462
	jl	.L469
.L466:
	jmp	.L463
	movl $1, %eax
	movb $1, %al
	jmp	.L471
	leaq 8(%rsp), %rsp
	jmp	.L455
	nop
	jg	.L456
	.long 7
	jmp	.L468
	movb $1, %al
	leaq 8(%rsp), %rsp
	jmp	.L457
	xorl %eax, %eax
	addq $100000, %rax
.L467:
.L468:
.L469:
	addq $100000, %rax
	jmp	.L475
	jl	.L463
	leaq 8(%rsp), %rsp
	nop
.L470:
	jl	.L478
.L471:
	jg	.L479
.L472:
	.byte 1,2,3
.L473:
.L474:
.L475:
	jmp	.L479
	jl	.L470
	je	.L484
	.byte 1,2,3
	.byte 1,2,3
.L476:
.L477:
	xorl %eax, %eax
.L478:
	jl	.L468
	xorl %eax, %eax
	jmp	.L485
	.long 7
	addq $100000, %rax
	movl $1, %eax
	.byte 1,2,3
.L479:
	movl $1, %eax
	addq $100000, %rax
	jl	.L472
	jne	.L478
	movl $1, %eax
	addq $100000, %rax
	movb $1, %al
	.long 7
	nop
	jmp	.L486
	jg	.L468
	.long 7
	leaq 8(%rsp), %rsp
	.long 7
	jmp	.L490
	je	.L481
.L480:
	jne	.L475
	je	.L473
	jl	.L469
	jl	.L469
	jl	.L473
	leaq 8(%rsp), %rsp
.L481:
	je	.L481
	jl	.L471
	jl	.L482
	je	.L493
.L482:
	movb $1, %al
	jl	.L492
	leaq 8(%rsp), %rsp
.L483:
	addq $100000, %rax
.L484:
	jne	.L483
.L485:
	xorl %eax, %eax
	movl $1, %eax
	nop
	jl	.L492
	jmp	.L478
	jne	.L478
	movl $1, %eax
	jl	.L485
	nop
	movb $1, %al
	nop
	jg	.L481
	.byte 1,2,3
	.byte 1,2,3
	jg	.L488
.L486:
	.long 7
	jmp	.L485
	xorl %eax, %eax
	jmp	.L496
	jmp	.L489
	.byte 1,2,3
	.long 7
	leaq 8(%rsp), %rsp
	nop
	jl	.L477
	jg	.L490
	jne	.L496
	jne	.L499
.L487:
	.byte 1,2,3
	jne	.L491
	leaq 8(%rsp), %rsp
	je	.L488
	je	.L486
	jmp	.L478
.L488:
	xorl %eax, %eax
	jmp	.L489
	movl $1, %eax
	.long 7
	jl	.L487
	.p2align 4,,10
	addq $100000, %rax
	jl	.L487
	jl	.L484
	nop
	jne	.L492
	.long 7
	je	.L490
	jg	.L488
	je	.L501
	.p2align 2
	addq $100000, %rax
	leaq 8(%rsp), %rsp
	addq $100000, %rax
	movb $1, %al
	xorl %eax, %eax
	jg	.L478
	jl	.L491
	jl	.L484
	movb $1, %al
	jmp	.L491
	xorl %eax, %eax
	.byte 1,2,3
.L489:
	nop
	.byte 1,2,3
	leaq 8(%rsp), %rsp
	movb $1, %al
	jl	.L481
	movl $1, %eax
	nop
	jmp	.L497
	jmp	.L484
	.byte 1,2,3
	jne	.L496
	addq $100000, %rax
	je	.L484
	.long 7
	jne	.L494
.L490:
	jmp	.L500
	nop
	addq $100000, %rax
	nop
	.byte 1,2,3
	.long 7
	jne	.L498
.L491:
	leaq 8(%rsp), %rsp
	movl $1, %eax
	je	.L502
	jne	.L485
	jl	.L502
	jg	.L480
	jg	.L503
.L492:
.L493:
	.long 7
	movb $1, %al
.L494:
	.long 7
.L495:
.L496:
	je	.L491
	leaq 8(%rsp), %rsp
	xorl %eax, %eax
.L497:
	je	.L486
	.long 7
	jne	.L491
	addq $100000, %rax
	xorl %eax, %eax
	jmp	.L507
	jne	.L492
.L498:
	jmp	.L489
	jmp	.L496
.L499:
	jmp	.L503
.L500:
	jmp	.L492
	movl $1, %eax
	jmp	.L490
	.long 7
	leaq 8(%rsp), %rsp
	jg	.L493
	jg	.L501
	jg	.L496
	jmp	.L509
	jg	.L511
	jl	.L506
	movl $1, %eax
	jmp	.L497
	.byte 1,2,3
	movl $1, %eax
	jl	.L504
	jl	.L494
	leaq 8(%rsp), %rsp
	jmp	.L502
	addq $100000, %rax
.L501:
.L502:
	je	.L504
	leaq 8(%rsp), %rsp
	.long 7
	jmp	.L498
	xorl %eax, %eax
	je	.L498
	jmp	.L501
	jmp	.L503
.L503:
	movl $1, %eax
	jne	.L494
.L504:
	nop
	nop
	jmp	.L500
	addq $100000, %rax
.L505:
.L506:
	jg	.L498
	jmp	.L508
.L507:
	je	.L504
.L508:
.L509:
.L510:
	jmp	.L521
	nop
	jl	.L503
	leaq 8(%rsp), %rsp
	.long 7
.L511:
	jmp	.L511
.L512:
	jl	.L508
	.long 7
	addq $100000, %rax
	addq $100000, %rax
	jmp	.L510
	xorl %eax, %eax
	xorl %eax, %eax
.L513:
	jmp	.L513
	nop
	nop
.L514:
	addq $100000, %rax
	.long 7
	jl	.L514
	jg	.L518
	movb $1, %al
	jmp	.L510
	jl	.L515
	jmp	.L517
	jne	.L508
.L515:
	leaq 8(%rsp), %rsp
	jne	.L505
	movb $1, %al
	nop
	je	.L516
	jne	.L506
	addq $100000, %rax
.L516:
.L517:
.L518:
	.p2align 5,,3
	jne	.L528
.L519:
	movl $1, %eax
	movl $1, %eax
	jg	.L521
.L520:
	jne	.L526
	leaq 8(%rsp), %rsp
.L521:
	je	.L514
.L522:
	jmp	.L527
.L523:
	leaq 8(%rsp), %rsp
	jmp	.L534
	jg	.L520
	addq $100000, %rax
	movb $1, %al
	.long 7
	jmp	.L533
	.long 7
	.long 7
.L524:
.L525:
	jne	.L527
	jmp	.L520
	movb $1, %al
	xorl %eax, %eax
	jg	.L519
	leaq 8(%rsp), %rsp
	jl	.L538
.L526:
	jmp	.L522
.L527:
	jmp	.L518
	jl	.L526
.L528:
	jl	.L518
	jmp	.L534
.L529:
	jl	.L539
	movb $1, %al
	jg	.L537
	jg	.L529
	jl	.L520
	jne	.L525
	jg	.L535
	leaq 8(%rsp), %rsp
	jl	.L522
.L530:
.L531:
	xorl %eax, %eax
	jl	.L540
	nop
	jmp	.L524
.L532:
	nop
	leaq 8(%rsp), %rsp
	xorl %eax, %eax
.L533:
	leaq 8(%rsp), %rsp
	jmp	.L539
	addq $100000, %rax
	jne	.L540
	nop
	movb $1, %al
	xorl %eax, %eax
	jg	.L544
	.balign 16,,7
	leaq 8(%rsp), %rsp
	jmp	.L527
	jmp	.L537
	xorl %eax, %eax
	xorl %eax, %eax
.L534:
	.byte 1,2,3
	movb $1, %al
	movl $1, %eax
	jne	.L534
	movl $1, %eax
	leaq 8(%rsp), %rsp
.L535:
	.byte 1,2,3
	movb $1, %al
	movb $1, %al
	je	.L525
	jmp	.L526
	movb $1, %al
	jne	.L537
	jmp	.L526
	je	.L524
	addq $100000, %rax
.L536:
	movl $1, %eax
	jl	.L535
	.long 7
.L537:
	xorl %eax, %eax
	addq $100000, %rax
.L538:
	xorl %eax, %eax
	jl	.L534
	addq $100000, %rax
	movl $1, %eax
	.byte 1,2,3
	je	.L542
	jne	.L528
	addq $100000, %rax
	leaq 8(%rsp), %rsp
	jmp	.L536
	.long 7
	.byte 1,2,3
.L539:
.L540:
	xorl %eax, %eax
	jne	.L547
	movb $1, %al
	nop
	nop
.L541:
	jmp	.L531
	jg	.L548
	jmp	.L542
	nop
	je	.L549
	jl	.L554
	jmp	.L547
	.byte 1,2,3
	jg	.L530
	leaq 8(%rsp), %rsp
	jmp	.L540
	jmp	.L548
	addq $100000, %rax
	.byte 1,2,3
.L542:
	jl	.L538
	movb $1, %al
.L543:
	jg	.L547
	jmp	.L547
	leaq 8(%rsp), %rsp
	jg	.L553
.L544:
.L545:
	xorl %eax, %eax
	xorl %eax, %eax
	je	.L552
	movl $1, %eax
.L546:
	je	.L548
	jg	.L552
	jne	.L550
	movl $1, %eax
	jmp	.L541
.L547:
	nop
	xorl %eax, %eax
	leaq 8(%rsp), %rsp
	addq $100000, %rax
	leaq 8(%rsp), %rsp
	addq $100000, %rax
	.long 7
	je	.L558
	xorl %eax, %eax
	nop
	jne	.L544
	.p2align 4,,15
.L548:
.L549:
	jne	.L555
.L550:
.L551:
	leaq 8(%rsp), %rsp
	jl	.L547
.L552:
	leaq 8(%rsp), %rsp
	xorl %eax, %eax
	jmp	.L559
.L553:
	leaq 8(%rsp), %rsp
	jl	.L558
.L554:
	jl	.L554
	nop
	addq $100000, %rax
	.long 7
	je	.L567
	jne	.L565
	.long 7
	movb $1, %al
	leaq 8(%rsp), %rsp
	jmp	.L557
	jmp	.L557
	je	.L561
	jmp	.L553
.L555:
	je	.L557
	leaq 8(%rsp), %rsp
	nop
.L556:
.L557:
	je	.L563
	movl $1, %eax
	jl	.L546
	nop
.L558:
	je	.L556
	jne	.L558
	movl $1, %eax
.L559:
	jne	.L548
	jmp	.L566
	jmp	.L569
	jg	.L560
	jl	.L564
	xorl %eax, %eax
	jl	.L559
	.long 7
.L560:
.L561:
.L562:
	je	.L566
	jmp	.L554
	leaq 8(%rsp), %rsp
	.long 7
	jmp	.L565
	jmp	.L574
	jl	.L562
	.byte 1,2,3
	leaq 8(%rsp), %rsp
	jl	.L558
	jl	.L559
.L563:
.L564:
	.byte 1,2,3
	addq $100000, %rax
	addq $100000, %rax
.L565:
	jmp	.L559
	movb $1, %al
.L566:
	je	.L575
	jmp	.L573
	.long 7
	addq $100000, %rax
	jne	.L556
	jmp	.L558
	jl	.L570
	addq $100000, %rax
.L567:
	nop
	jmp	.L559
	jmp	.L575
	.byte 1,2,3
	jne	.L566
	nop
	movl $1, %eax
	.byte 1,2,3
	je	.L562
	jne	.L569
	nop
.L568:
	jmp	.L561
	.long 7
	xorl %eax, %eax
	jne	.L565
.L569:
	je	.L570
.L570:
.L571:
	movl $1, %eax
	jne	.L566
	.byte 1,2,3
.L572:
.L573:
	addq $100000, %rax
	xorl %eax, %eax
	jmp	.L585
	.byte 1,2,3
	jl	.L565
	jne	.L566
	jne	.L565
	je	.L562
	jl	.L563
	leaq 8(%rsp), %rsp
.L574:
	jmp	.L569
.L575:
	jl	.L574
	addq $100000, %rax
	jmp	.L569
	jl	.L566
	.long 7
.L576:
.L577:
	xorl %eax, %eax
	jg	.L568
	jl	.L582
	jg	.L590
.L578:
	nop
	jmp	.L568
	jg	.L570
	movb $1, %al
.L579:
	leaq 8(%rsp), %rsp
	jmp	.L571
	xorl %eax, %eax
	.byte 1,2,3
	movb $1, %al
	movl $1, %eax
	jl	.L587
	xorl %eax, %eax
	nop
	jmp	.L585
	addq $100000, %rax
.L580:
.L581:
.L582:
	movl $1, %eax
	jne	.L589
	.byte 1,2,3
	jg	.L589
	jmp	.L583
	movb $1, %al
	je	.L588
	xorl %eax, %eax
	movl $1, %eax
	jg	.L577
	nop
.L583:
	jne	.L595
	jl	.L595
	jmp	.L572
	movb $1, %al
	jmp	.L596
.L584:
	jl	.L597
	jmp	.L596
	jmp	.L596
.L585:
	leaq 8(%rsp), %rsp
	je	.L578
	movb $1, %al
	jmp	.L583
	nop
	leaq 8(%rsp), %rsp
	jg	.L581
	je	.L595
	jne	.L589
.L586:
	jg	.L581
	je	.L590
	jmp	.L599
	xorl %eax, %eax
	.long 7
.L587:
	jmp	.L578
	movb $1, %al
	jne	.L579
.L588:
	jl	.L596
	jl	.L579
	jne	.L600
	leaq 8(%rsp), %rsp
	leaq 8(%rsp), %rsp
	movb $1, %al
	xorl %eax, %eax
	.byte 1,2,3
	jl	.L585
	addq $100000, %rax
.L589:
	jmp	.L583
	jne	.L584
	jmp	.L599
	je	.L597
	jg	.L578
	addq $100000, %rax
	jl	.L587
.L590:
	jmp	.L586
	movb $1, %al
	addq $100000, %rax
	jmp	.L582
	jg	.L593
.L591:
	jg	.L599
.L592:
.L593:
	.long 7
	jl	.L595
.L594:
	jmp	.L598
	nop
	jmp	.L587
	.long 7
	.byte 1,2,3
	.long 7
.L595:
	.byte 1,2,3
	xorl %eax, %eax
.L596:
.L597:
	jne	.L592
	.long 7
	addq $100000, %rax
	leaq 8(%rsp), %rsp
.L598:
	.long 7
	movl $1, %eax
.L599:
	movb $1, %al
	jne	.L600
	jmp	.L596
	movl $1, %eax
	.byte 1,2,3
	movl $1, %eax
	jg	.L598
	nop
	xorl %eax, %eax
	movl $1, %eax
	je	.L605
	xorl %eax, %eax
.L600:
	jne	.L613
.L601:
	xorl %eax, %eax
	movb $1, %al
	movl $1, %eax
	jg	.L609
.L602:
	je	.L593
	nop
	addq $100000, %rax
	jg	.L611
	movb $1, %al
	movl $1, %eax
	jmp	.L607
.L603:
	.byte 1,2,3
.L604:
	xorl %eax, %eax
	xorl %eax, %eax
	xorl %eax, %eax
.L605:
.L606:
.L607:
.L608:
	jl	.L616
	movl $1, %eax
.L609:
	.long 7
.L610:
	leaq 8(%rsp), %rsp
	jl	.L611
	leaq 8(%rsp), %rsp
	jl	.L614
	movb $1, %al
	nop
	jmp	.L620
.L611:
.L612:
	jl	.L601
	xorl %eax, %eax
	je	.L612
	.long 7
	xorl %eax, %eax
	jmp	.L615
.L613:
	.p2align 3
	movb $1, %al
	jne	.L619
	jl	.L603
	addq $100000, %rax
	je	.L623
	jg	.L618
	jmp	.L619
	movb $1, %al
	movl $1, %eax
	movl $1, %eax
	je	.L609
	jl	.L622
.L614:
	addq $100000, %rax
	nop
	jmp	.L607
	movb $1, %al
.L615:
	jmp	.L608
	xorl %eax, %eax
	jmp	.L621
.L616:
	xorl %eax, %eax
.L617:
	jne	.L608
	addq $100000, %rax
	movl $1, %eax
	.p2align 5,,3
	movb $1, %al
	.byte 1,2,3
	jl	.L614
	jmp	.L616
.L618:
.L619:
	xorl %eax, %eax
	je	.L619
	jg	.L618
	je	.L622
	jne	.L609
	jl	.L620
	xorl %eax, %eax
	nop
	jmp	.L618
	jl	.L620
	movb $1, %al
	je	.L625
	leaq 8(%rsp), %rsp
	jne	.L624
.L620:
	movb $1, %al
.L621:
	jg	.L625
	jmp	.L618
	jmp	.L616
	addq $100000, %rax
.L622:
	jl	.L618
	movl $1, %eax
	xorl %eax, %eax
	jne	.L618
	jl	.L624
	jne	.L634
	.long 7
	leaq 8(%rsp), %rsp
.L623:
	jmp	.L628
.L624:
.L625:
	leaq 8(%rsp), %rsp
	je	.L620
	.long 7
.L626:
	movl $1, %eax
	addq $100000, %rax
	nop
.L627:
	.long 7
	.byte 1,2,3
	jmp	.L637
	nop
	jg	.L635
	jg	.L637
	.long 7
	.long 7
.L628:
	jmp	.L629
	xorl %eax, %eax
	jmp	.L627
.L629:
	jl	.L639
.L630:
.L631:
	jmp	.L631
.L632:
	.byte 1,2,3
	jmp	.L641
	addq $100000, %rax
	je	.L637
	jmp	.L644
.L633:
	.byte 1,2,3
.L634:
	xorl %eax, %eax
	.byte 1,2,3
	jl	.L647
.L635:
	jmp	.L627
.L636:
.L637:
	jl	.L638
	movb $1, %al
	nop
	xorl %eax, %eax
	movb $1, %al
.L638:
	nop
	jmp	.L628
	jl	.L629
	addq $100000, %rax
.L639:
	jl	.L649
	movb $1, %al
	jl	.L633
.L640:
	leaq 8(%rsp), %rsp
	.long 7
	je	.L648
	.byte 1,2,3
	movb $1, %al
	jmp	.L635
	movb $1, %al
.L641:
	.byte 1,2,3
	jmp	.L636
.L642:
.L643:
.L644:
.L645:
.L646:
	jmp	.L655
	jg	.L644
.L647:
.L648:
.L649:
	jmp	.L640
	movb $1, %al
.L650:
	movb $1, %al
.L651:
.L652:
	addq $100000, %rax
.L653:
	addq $100000, %rax
	nop
	jmp	.L653
	leaq 8(%rsp), %rsp
	nop
.L654:
	addq $100000, %rax
	jne	.L646
	xorl %eax, %eax
	jl	.L644
.L655:
	leaq 8(%rsp), %rsp
	nop
	movl $1, %eax
	jl	.L662
	.long 7
.L656:
	jne	.L651
.L657:
.L658:
	jg	.L663
.L659:
	jmp	.L648
.L660:
.L661:
	jmp	.L659
	movb $1, %al
.L662:
	jl	.L658
	je	.L663
	jmp	.L665
	leaq 8(%rsp), %rsp
	.byte 1,2,3
	je	.L662
	.byte 1,2,3
	nop
	jmp	.L660
	.long 7
.L663:
	leaq 8(%rsp), %rsp
	.long 7
	jl	.L662
	addq $100000, %rax
.L664:
	jmp	.L676
.L665:
	je	.L658
	jl	.L667
.L666:
	movb $1, %al
.L667:
	jg	.L678
	movl $1, %eax
	jne	.L666
	.byte 1,2,3
	jne	.L663
.L668:
	.byte 1,2,3
	addq $100000, %rax
.L669:
	addq $100000, %rax
	jne	.L681
	movl $1, %eax
.L670:
	jl	.L668
.L671:
	je	.L672
	movb $1, %al
.L672:
	leaq 8(%rsp), %rsp
	leaq 8(%rsp), %rsp
	leaq 8(%rsp), %rsp
	nop
	jmp	.L681
	movb $1, %al
	movl $1, %eax
	nop
.L673:
.L674:
.L675:
	leaq 8(%rsp), %rsp
	jl	.L664
	jmp	.L687
	xorl %eax, %eax
	jg	.L675
	movl $1, %eax
	.byte 1,2,3
	jmp	.L674
	jmp	.L679
	movl $1, %eax
	addq $100000, %rax
.L676:
	je	.L674
	.long 7
	nop
	nop
	addq $100000, %rax
	leaq 8(%rsp), %rsp
	leaq 8(%rsp), %rsp
.L677:
	jmp	.L674
	jmp	.L682
.L678:
	movl $1, %eax
	.byte 1,2,3
	jmp	.L677
	jg	.L675
	jmp	.L675
	jmp	.L670
	je	.L671
	leaq 8(%rsp), %rsp
	jne	.L684
	.p2align 4,,15
	xorl %eax, %eax
.L679:
.L680:
.L681:
	nop
.L682:
.L683:
	xorl %eax, %eax
	movb $1, %al
.L684:
	.long 7
	xorl %eax, %eax
	jne	.L680
	xorl %eax, %eax
	je	.L688
	jmp	.L695
.L685:
	leaq 8(%rsp), %rsp
.L686:
	jmp	.L698
.L687:
	jg	.L677
	movb $1, %al
	xorl %eax, %eax
.L688:
	jl	.L687
	movl $1, %eax
	je	.L683
	jmp	.L689
	jg	.L678
.L689:
	jne	.L696
	jl	.L686
	jmp	.L699
	jg	.L686
.L690:
	jne	.L679
	movb $1, %al
	jmp	.L685
	jg	.L684
	jmp	.L685
.L691:
	movl $1, %eax
	leaq 8(%rsp), %rsp
	leaq 8(%rsp), %rsp
	jl	.L697
	movb $1, %al
	addq $100000, %rax
	movl $1, %eax
	addq $100000, %rax
	addq $100000, %rax
	xorl %eax, %eax
	movb $1, %al
	movl $1, %eax
	xorl %eax, %eax
	jmp	.L703
	nop
	leaq 8(%rsp), %rsp
	.byte 1,2,3
	jmp	.L693
.L692:
	je	.L696
	leaq 8(%rsp), %rsp
	xorl %eax, %eax
.L693:
	.long 7
	movb $1, %al
	.long 7
.L694:
	nop
.L695:
	je	.L697
	.long 7
	nop
	je	.L707
	je	.L705
.L696:
	jne	.L698
	jne	.L701
	jl	.L693
	jl	.L706
	je	.L685
.L697:
.L698:
	je	.L697
	addq $100000, %rax
	nop
	.p2align 2
.L699:
	jmp	.L704
	jg	.L697
	.p2align 3
	xorl %eax, %eax
	nop
	movl $1, %eax
	movl $1, %eax
.L700:
	.byte 1,2,3
	movl $1, %eax
	addq $100000, %rax
	jg	.L698
	.long 7
	jmp	.L704
.L701:
	.long 7
	jne	.L708
	movb $1, %al
	jl	.L705
	addq $100000, %rax
.L702:
	leaq 8(%rsp), %rsp
	nop
	je	.L710
	.byte 1,2,3
	xorl %eax, %eax
	.byte 1,2,3
	jmp	.L692
	jg	.L711
	je	.L698
	jne	.L693
	xorl %eax, %eax
	jl	.L711
	jmp	.L715
	jmp	.L709
	jg	.L715
.L703:
	jmp	.L715
	je	.L703
.L704:
	leaq 8(%rsp), %rsp
	.long 7
	jl	.L697
	jne	.L704
.L705:
	jmp	.L718
	nop
	jmp	.L715
	.byte 1,2,3
	je	.L718
.L706:
	.byte 1,2,3
.L707:
	je	.L710
	jmp	.L703
.L708:
	je	.L714
	jne	.L702
	jne	.L718
.L709:
	jmp	.L703
.L710:
	.long 7
	jl	.L703
	jl	.L717
	movl $1, %eax
	jg	.L716
	jmp	.L702
	addq $100000, %rax
	addq $100000, %rax
	movb $1, %al
	jg	.L699
	nop
	.long 7
	jl	.L718
	.byte 1,2,3
	jmp	.L722
	.long 7
	leaq 8(%rsp), %rsp
	jmp	.L721
	.long 7
.L711:
	leaq 8(%rsp), %rsp
	movb $1, %al
	movl $1, %eax
	nop
	.byte 1,2,3
	je	.L708
	.byte 1,2,3
.L712:
	nop
	nop
	xorl %eax, %eax
	jg	.L709
	movb $1, %al
	jg	.L709
	jmp	.L709
	movb $1, %al
	.long 7
.L713:
	.byte 1,2,3
	addq $100000, %rax
	jne	.L704
	.byte 1,2,3
	jmp	.L703
	jl	.L702
.L714:
	addq $100000, %rax
	jmp	.L721
	movl $1, %eax
	.byte 1,2,3
	.long 7
	.long 7
	jmp	.L725
	nop
	.byte 1,2,3
.L715:
	leaq 8(%rsp), %rsp
	addq $100000, %rax
	jmp	.L717
	jne	.L711
	jl	.L728
	nop
	jne	.L722
.L716:
.L717:
	.long 7
	jl	.L727
	addq $100000, %rax
	.byte 1,2,3
	addq $100000, %rax
	.long 7
	jl	.L707
.L718:
	jl	.L723
	jl	.L729
.L719:
	jmp	.L726
	xorl %eax, %eax
	jg	.L721
	.long 7
	.long 7
	jmp	.L722
	movb $1, %al
	jl	.L730
	xorl %eax, %eax
.L720:
	.p2align 2
	jl	.L718
.L721:
	.p2align 2
	.long 7
	jne	.L710
	movl $1, %eax
	.byte 1,2,3
	leaq 8(%rsp), %rsp
	je	.L725
	nop
	jmp	.L718
	jmp	.L733
	jl	.L725
.L722:
	movb $1, %al
	leaq 8(%rsp), %rsp
	jl	.L720
	jmp	.L722
.L723:
	jne	.L735
	jmp	.L732
	movb $1, %al
	movb $1, %al
	jmp	.L735
	jg	.L728
	.long 7
	jl	.L720
.L724:
	jl	.L724
	.long 7
	movl $1, %eax
	jmp	.L721
.L725:
	je	.L730
	nop
	jmp	.L714
	movl $1, %eax
	.p2align 2
.L726:
	jne	.L730
	jg	.L737
	jne	.L719
	movl $1, %eax
.L727:
	jl	.L720
	.long 7
	addq $100000, %rax
	jmp	.L737
	jne	.L720
	xorl %eax, %eax
	.p2align 3
	.p2align 3
.L728:
.L729:
	.byte 1,2,3
	xorl %eax, %eax
.L730:
	jl	.L735
.L731:
	movl $1, %eax
	addq $100000, %rax
	jmp	.L731
	jmp	.L728
.L732:
	jg	.L736
	jmp	.L745
.L733:
	jne	.L732
	je	.L724
	.long 7
	leaq 8(%rsp), %rsp
	xorl %eax, %eax
.L734:
	je	.L732
	xorl %eax, %eax
	nop
	.byte 1,2,3
	movl $1, %eax
	jg	.L738
	nop
.L735:
	jmp	.L747
	leaq 8(%rsp), %rsp
	jg	.L728
	.byte 1,2,3
	je	.L745
	addq $100000, %rax
	movb $1, %al
	jmp	.L745
	.byte 1,2,3
	jl	.L734
	jl	.L744
	jmp	.L730
.L736:
	movl $1, %eax
	nop
	jmp	.L731
	.long 7
	jmp	.L726
	movl $1, %eax
	je	.L726
	addq $100000, %rax
	movl $1, %eax
	xorl %eax, %eax
	addq $100000, %rax
	addq $100000, %rax
	jl	.L745
.L737:
	je	.L733
.L738:
	.long 7
	.long 7
	xorl %eax, %eax
	addq $100000, %rax
	jmp	.L743
	jl	.L750
	.byte 1,2,3
	leaq 8(%rsp), %rsp
	je	.L751
	jmp	.L741
	xorl %eax, %eax
	.byte 1,2,3
	movb $1, %al
	movb $1, %al
	.long 7
	jl	.L745
	je	.L748
	movl $1, %eax
	jl	.L747
.L739:
	jne	.L738
.L740:
	xorl %eax, %eax
	jne	.L737
	jmp	.L749
	movl $1, %eax
	movl $1, %eax
	.long 7
	addq $100000, %rax
	leaq 8(%rsp), %rsp
	jmp	.L746
	je	.L746
	movl $1, %eax
.L741:
	xorl %eax, %eax
	jne	.L742
.L742:
	jmp	.L733
	jmp	.L735
	jg	.L738
	nop
.L743:
	.byte 1,2,3
.L744:
	jmp	.L754
	leaq 8(%rsp), %rsp
	jmp	.L737
.L745:
	jne	.L754
	jl	.L735
	je	.L744
	jmp	.L746
	jl	.L756
	.p2align 4
	je	.L744
.L746:
	.long 7
	.long 7
	jmp	.L735
	addq $100000, %rax
.L747:
	jg	.L755
	jne	.L747
	jg	.L739
.L748:
	xorl %eax, %eax
	leaq 8(%rsp), %rsp
	jne	.L751
	movb $1, %al
	jg	.L751
	jg	.L745
	.long 7
.L749:
	addq $100000, %rax
	.byte 1,2,3
	xorl %eax, %eax
	jmp	.L751
.L750:
	xorl %eax, %eax
	leaq 8(%rsp), %rsp
	jg	.L756
	movl $1, %eax
	jg	.L744
	.long 7
	leaq 8(%rsp), %rsp
	movb $1, %al
	leaq 8(%rsp), %rsp
	xorl %eax, %eax
	jg	.L746
	jne	.L758
.L751:
	leaq 8(%rsp), %rsp
.L752:
	leaq 8(%rsp), %rsp
	nop
	movl $1, %eax
	xorl %eax, %eax
	jne	.L742
	xorl %eax, %eax
	xorl %eax, %eax
	jmp	.L746
	nop
	jne	.L759
	.p2align 2
	je	.L746
	je	.L755
.L753:
.L754:
	leaq 8(%rsp), %rsp
.L755:
	addq $100000, %rax
	.byte 1,2,3
	jmp	.L756
.L756:
	jne	.L764
	nop
.L757:
	movb $1, %al
	nop
	jg	.L753
.L758:
	jl	.L760
	nop
.L759:
	.long 7
	movl $1, %eax
	jg	.L765
	jg	.L761
	.byte 1,2,3
	jl	.L765
.L760:
	nop
	jg	.L757
	xorl %eax, %eax
	jne	.L752
	.long 7
.L761:
.L762:
	xorl %eax, %eax
	jmp	.L761
	nop
	nop
	je	.L771
	jmp	.L760
	jmp	.L761
	jg	.L775
.L763:
	je	.L753
	.long 7
	jl	.L769
.L764:
	addq $100000, %rax
	movl $1, %eax
	jne	.L765
	.p2align 5,,3
	jg	.L765
	jmp	.L768
	.byte 1,2,3
.L765:
	jg	.L778
	.long 7
	jl	.L760
	movb $1, %al
	nop
	leaq 8(%rsp), %rsp
	jne	.L757
	jmp	.L768
.L766:
.L767:
	nop
	je	.L769
	nop
	xorl %eax, %eax
	jmp	.L765
.L768:
	nop
	jmp	.L758
	jmp	.L759
	jg	.L771
	.byte 1,2,3
.L769:
.L770:
	movb $1, %al
	jl	.L782
	jg	.L778
.L771:
	leaq 8(%rsp), %rsp
	nop
.L772:
	jl	.L779
	.long 7
	jmp	.L784
	nop
	jg	.L767
	addq $100000, %rax
	movb $1, %al
	jg	.L763
.L773:
	jg	.L775
	jmp	.L766
	jne	.L780
.L774:
.L775:
	.long 7
	movb $1, %al
	movb $1, %al
	jne	.L781
.L776:
	je	.L771
	je	.L783
.L777:
	jne	.L780
	jl	.L777
	jmp	.L770
	addq $100000, %rax
	jl	.L768
	jg	.L780
	addq $100000, %rax
	leaq 8(%rsp), %rsp
	leaq 8(%rsp), %rsp
	leaq 8(%rsp), %rsp
	jne	.L784
	jmp	.L790
	nop
	jmp	.L770
	jl	.L770
	.long 7
	nop
	.byte 1,2,3
	movl $1, %eax
	jne	.L778
	jne	.L790
	movb $1, %al
	.long 7
	.byte 1,2,3
	jne	.L768
.L778:
	addq $100000, %rax
	movl $1, %eax
	jne	.L771
	jg	.L784
	jg	.L787
	jl	.L787
	jmp	.L791
	movb $1, %al
	.long 7
	jg	.L785
	.long 7
	movl $1, %eax
	.balign 16,,7
.L779:
	jne	.L779
	nop
	jmp	.L768
.L780:
	movb $1, %al
	nop
	jne	.L782
	nop
.L781:
	nop
	leaq 8(%rsp), %rsp
.L782:
	.byte 1,2,3
	movl $1, %eax
.L783:
	jmp	.L776
	jne	.L795
	jg	.L773
	jmp	.L783
	.long 7
	leaq 8(%rsp), %rsp
	jmp	.L779
	xorl %eax, %eax
	.byte 1,2,3
	xorl %eax, %eax
	jl	.L788
	jmp	.L785
	addq $100000, %rax
	addq $100000, %rax
.L784:
	jg	.L789
.L785:
	jl	.L790
	addq $100000, %rax
	addq $100000, %rax
	jne	.L775
	addq $100000, %rax
.L786:
	.byte 1,2,3
.L787:
	addq $100000, %rax
	movl $1, %eax
.L788:
.L789:
	addq $100000, %rax
	jl	.L781
	addq $100000, %rax
	jg	.L793
.L790:
.L791:
	jmp	.L803
.L792:
	jl	.L802
.L793:
	je	.L798
.L794:
	movb $1, %al
.L795:
	jmp	.L803
	je	.L808
.L796:
	jne	.L808
.L797:
	xorl %eax, %eax
	je	.L807
.L798:
.L799:
	jl	.L809
	jmp	.L790
	xorl %eax, %eax
	leaq 8(%rsp), %rsp
.L800:
	.long 7
	movb $1, %al
	addq $100000, %rax
	addq $100000, %rax
	movl $1, %eax
	jmp	.L811
	movl $1, %eax
.L801:
	movb $1, %al
.L802:
	movl $1, %eax
	.byte 1,2,3
	movl $1, %eax
	nop
	jmp	.L807
.L803:
	.byte 1,2,3
	nop
.L804:
	jmp	.L805
	je	.L814
	jg	.L803
	nop
.L805:
	addq $100000, %rax
	je	.L797
	movl $1, %eax
	jmp	.L804
	jg	.L803
	jg	.L812
	addq $100000, %rax
.L806:
	.byte 1,2,3
	je	.L819
	je	.L811
	movb $1, %al
	je	.L805
	.long 7
	leaq 8(%rsp), %rsp
	jl	.L797
	jl	.L811
	jne	.L807
	movl $1, %eax
	.long 7
	je	.L805
	leaq 8(%rsp), %rsp
	je	.L816
	jl	.L818
	movb $1, %al
	movl $1, %eax
	.byte 1,2,3
	jmp	.L807
.L807:
.L808:
	jl	.L803
	.byte 1,2,3
	je	.L804
	movb $1, %al
.L809:
	jne	.L814
	.byte 1,2,3
	movb $1, %al
	jmp	.L811
	jg	.L816
	leaq 8(%rsp), %rsp
	.long 7
	.long 7
	nop
.L810:
	addq $100000, %rax
	xorl %eax, %eax
	.byte 1,2,3
	jmp	.L814
	je	.L818
	movl $1, %eax
	xorl %eax, %eax
	jl	.L815
	nop
	leaq 8(%rsp), %rsp
	jl	.L810
	movb $1, %al
	.long 7
	jg	.L820
.L811:
	jmp	.L811
	jmp	.L805
	jg	.L817
	nop
	jmp	.L801
	xorl %eax, %eax
	je	.L812
	jg	.L819
	jmp	.L823
	addq $100000, %rax
.L812:
	jne	.L824
	jg	.L814
	jmp	.L818
	jmp	.L807
.L813:
	nop
.L814:
	nop
.L815:
	nop
.L816:
	nop
.L817:
	nop
.L818:
	nop
.L819:
	nop
.L820:
	nop
.L821:
	nop
.L822:
	nop
.L823:
	nop
.L824:
	nop
.L825:
	nop
