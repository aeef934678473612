	.text
	jg	.L0
.L0:
	jmp	.L0
	jg	.L11
	movl $1, %eax
	jmp	.L5
.L1:
	jmp	.L13
	jmp	.L5
.L2:
	movl $1, %eax
.L3:
.L4:
.L5:
	movl $1, %eax
	jmp	.L12
	addq $100000, %rax
	jl	.L8
	jl	.L13
.L6:
	.long 7
	jmp	.L19
	movl $1, %eax
	.long 7
.L7:
	jl	.L2
	je	.L0
	movb $1, %al
	jne	.L14
.L8:
	movl $1, %eax
.L9:
	nop
.L10:
	nop
	addq $100000, %rax
	.byte 1,2,3
	jl	.L22
	xorl %eax, %eax
	.byte 1,2,3
	je	.L4
	.p2align 3
	jmp	.L20
	jmp	.L16
	jmp	.L10
	jl	.L20
.L11:
	.long 7
.L12:
	leaq 8(%rsp), %rsp
	addq $100000, %rax
	movl $1, %eax
	je	.L23
.L13:
	jl	.L3
	jmp	.L19
.L14:
	.p2align 2
.L15:
	jg	.L28
.L16:
	movb $1, %al
	.long 7
	movb $1, %al
	movb $1, %al
	jmp	.L13
	jg	.L22
	.long 7
	addq $100000, %rax
	movl $1, %eax
	jg	.L24
	nop
	leaq 8(%rsp), %rsp
	.byte 1,2,3
	je	.L11
	nop
	jl	.L6
	jmp	.L14
.L17:
	jl	.L29
	nop
	xorl %eax, %eax
	je	.L17
.L18:
	addq $100000, %rax
	.long 7
.L19:
	.long 7
	jg	.L8
	je	.L12
	jg	.L25
.L20:
	.long 7
	leaq 8(%rsp), %rsp
	jmp	.L22
.L21:
	je	.L28
.L22:
	xorl %eax, %eax
	je	.L23
	movl $1, %eax
	leaq 8(%rsp), %rsp
	.byte 1,2,3
	.byte 1,2,3
.L23:
	jmp	.L23
	addq $100000, %rax
	addq $100000, %rax
	jg	.L25
.L24:
	jmp	.L36
	jg	.L21
	jne	.L30
.L25:
	.long 7
.L26:
	.byte 1,2,3
	leaq 8(%rsp), %rsp
	jmp	.L30
	je	.L24
	jg	.L30
	jne	.L33
.L27:
	jne	.L28
	movl $1, %eax
.L28:
.L29:
.L30:
	jne	.L33
	jmp	.L37
	jmp	.L33
	jg	.L43
.L31:
	jmp	.L34
	.byte 1,2,3
	addq $100000, %rax
	jg	.L27
	jmp	.L38
	movl $1, %eax
.L32:
.L33:
.L34:
	nop
	movl $1, %eax
.L35:
	jne	.L48
	jg	.L43
	addq $100000, %rax
	nop
	jne	.L32
	.long 7
	.long 7
	je	.L36
	jg	.L24
	je	.L45
	je	.L40
	jmp	.L36
	je	.L41
	jg	.L38
	.p2align 4,,15
	jg	.L30
	jg	.L47
	jmp	.L26
	addq $100000, %rax
	addq $100000, %rax
	.long 7
	addq $100000, %rax
	.byte 1,2,3
	movl $1, %eax
	jg	.L43
	jg	.L32
	xorl %eax, %eax
	jl	.L48
	jmp	.L27
	movl $1, %eax
	jl	.L34
	jne	.L25
	jg	.L29
	addq $100000, %rax
.L36:
	jne	.L47
	leaq 8(%rsp), %rsp
	xorl %eax, %eax
	xorl %eax, %eax
	jne	.L28
	leaq 8(%rsp), %rsp
	.byte 1,2,3
	nop
.L37:
	movb $1, %al
	jne	.L29
	jl	.L40
	jg	.L40
	jmp	.L46
	movb $1, %al
.L38:
.L39:
.L40:
	jmp	.L35
.L41:
	.p2align 2
	jg	.L38
	xorl %eax, %eax
	jmp	.L32
	nop
.L42:
.L43:
	jmp	.L46
	jmp	.L55
	je	.L34
	nop
	xorl %eax, %eax
.L44:
	jg	.L38
	jl	.L35
	jl	.L47
	jne	.L50
	addq $100000, %rax
.L45:
	jmp	.L37
	jg	.L52
	addq $100000, %rax
	jg	.L46
	jne	.L36
	jne	.L52
	jmp	.L55
	jl	.L50
	nop
.L46:
	leaq 8(%rsp), %rsp
.L47:
.L48:
	movl $1, %eax
	jmp	.L56
.L49:
	movb $1, %al
	je	.L55
	movl $1, %eax
.L50:
	xorl %eax, %eax
	jne	.L55
	jmp	.L56
	jne	.L43
	leaq 8(%rsp), %rsp
	nop
	jl	.L58
	jmp	.L44
	.long 7
	je	.L63
	jg	.L45
	addq $100000, %rax
	movb $1, %al
	jmp	.L48
.L51:
.L52:
	je	.L52
	movb $1, %al
.L53:
	jl	.L58
	jmp	.L52
	jmp	.L42
	jmp	.L52
	xorl %eax, %eax
	jne	.L46
	addq $100000, %rax
.L54:
	movl $1, %eax
	addq $100000, %rax
	xorl %eax, %eax
	jg	.L59
	leaq 8(%rsp), %rsp
	je	.L60
.L55:
	.long 7
	jg	.L47
.L56:
	jne	.L51
.L57:
.L58:
	leaq 8(%rsp), %rsp
	movb $1, %al
.L59:
	leaq 8(%rsp), %rsp
	jmp	.L55
.L60:
	.long 7
	jne	.L71
	nop
	jl	.L62
	nop
	jmp	.L57
	movl $1, %eax
	jg	.L61
	leaq 8(%rsp), %rsp
	jne	.L61
	nop
	.long 7
	.long 7
.L61:
	movb $1, %al
	nop
.L62:
	xorl %eax, %eax
	je	.L62
.L63:
	xorl %eax, %eax
	.long 7
	jmp	.L65
	addq $100000, %rax
	.long 7
.L64:
	jmp	.L69
	jg	.L57
	jg	.L64
.L65:
	movb $1, %al
.L66:
	jl	.L55
	movl $1, %eax
.L67:
.L68:
	.long 7
.L69:
	jmp	.L61
	je	.L70
	jl	.L76
	xorl %eax, %eax
	.byte 1,2,3
	jne	.L69
	jg	.L74
.L70:
	jmp	.L66
	jg	.L75
.L71:
	movb $1, %al
	jl	.L72
.L72:
	jl	.L67
.L73:
.L74:
.L75:
	jl	.L85
	jmp	.L69
	jg	.L77
	addq $100000, %rax
	movb $1, %al
.L76:
.L77:
.L78:
	jmp	.L91
.L79:
	.long 7
	jmp	.L81
	nop
	addq $100000, %rax
	.long 7
	jmp	.L80
	jne	.L77
	jmp	.L70
.L80:
	je	.L74
	jmp	.L72
	xorl %eax, %eax
	jne	.L89
	jmp	.L93
	.long 7
.L81:
.L82:
	movl $1, %eax
	xorl %eax, %eax
	leaq 8(%rsp), %rsp
	jl	.L75
.L83:
	jl	.L85
	.long 7
	.long 7
.L84:
.L85:
	jne	.L82
	leaq 8(%rsp), %rsp
	je	.L92
.L86:
	.byte 1,2,3
	addq $100000, %rax
	movb $1, %al
	je	.L92
.L87:
.L88:
	.long 7
.L89:
	jmp	.L93
	movb $1, %al
	leaq 8(%rsp), %rsp
	jne	.L98
	jne	.L78
	movb $1, %al
.L90:
	movl $1, %eax
	movl $1, %eax
.L91:
	jmp	.L82
.L92:
.L93:
.L94:
	jmp	.L93
	nop
	jmp	.L105
	jne	.L104
	leaq 8(%rsp), %rsp
	leaq 8(%rsp), %rsp
	jmp	.L97
	je	.L84
	.byte 1,2,3
	xorl %eax, %eax
	jl	.L93
	jmp	.L88
.L95:
	.byte 1,2,3
.L96:
	jmp	.L96
	xorl %eax, %eax
	jmp	.L90
.L97:
.L98:
	jmp	.L93
	je	.L111
	.byte 1,2,3
	movb $1, %al
	jl	.L98
	jl	.L89
	addq $100000, %rax
	addq $100000, %rax
	jmp	.L98
.L99:
	movl $1, %eax
	jne	.L102
	leaq 8(%rsp), %rsp
	jg	.L106
	xorl %eax, %eax
.L100:
	jl	.L95
	jl	.L90
	nop
.L101:
	jg	.L97
.L102:
	jmp	.L102
	jmp	.L104
	.long 7
.L103:
	movl $1, %eax
	movl $1, %eax
	movl $1, %eax
	.long 7
	.byte 1,2,3
	jmp	.L106
	addq $100000, %rax
	.byte 1,2,3
.L104:
.L105:
	jmp	.L108
	jl	.L118
	jl	.L107
	jmp	.L114
	leaq 8(%rsp), %rsp
.L106:
.L107:
	jg	.L103
	.byte 1,2,3
	je	.L104
.L108:
.L109:
	jg	.L121
.L110:
	jmp	.L111
	jne	.L110
.L111:
.L112:
.L113:
	leaq 8(%rsp), %rsp
	jg	.L126
.L114:
	addq $100000, %rax
	jmp	.L118
	je	.L116
	addq $100000, %rax
	jg	.L110
	jne	.L120
.L115:
	jl	.L105
	je	.L106
	jmp	.L118
	jmp	.L124
	nop
	movl $1, %eax
	movb $1, %al
	leaq 8(%rsp), %rsp
	.byte 1,2,3
	jmp	.L115
	movb $1, %al
.L116:
.L117:
.L118:
	.byte 1,2,3
	movb $1, %al
	xorl %eax, %eax
	movb $1, %al
.L119:
	jg	.L132
.L120:
	.long 7
	jl	.L133
	nop
	jl	.L121
	movb $1, %al
.L121:
	jmp	.L128
	.long 7
	jl	.L118
	jmp	.L117
.L122:
	addq $100000, %rax
	xorl %eax, %eax
	jmp	.L129
.L123:
	movb $1, %al
	xorl %eax, %eax
	.long 7
	je	.L135
	jmp	.L136
	jg	.L132
	jg	.L127
.L124:
	jmp	.L124
	jne	.L127
.L125:
	.byte 1,2,3
	jmp	.L123
	addq $100000, %rax
	movb $1, %al
	jmp	.L115
	leaq 8(%rsp), %rsp
	.long 7
	.byte 1,2,3
	.long 7
	movl $1, %eax
	jl	.L128
.L126:
	je	.L120
	nop
.L127:
	addq $100000, %rax
	addq $100000, %rax
	.byte 1,2,3
.L128:
	nop
.L129:
	xorl %eax, %eax
	.long 7
	jl	.L122
	leaq 8(%rsp), %rsp
	movl $1, %eax
	jmp	.L129
	.long 7
.L130:
	jne	.L126
	.long 7
	.long 7
	movb $1, %al
	movb $1, %al
	je	.L129
	jmp	.L121
.L131:
	xorl %eax, %eax
.L132:
	nop
	jl	.L121
	jmp	.L139
	jmp	.L138
.L133:
	movb $1, %al
	movb $1, %al
	addq $100000, %rax
.L134:
	addq $100000, %rax
	.byte 1,2,3
	addq $100000, %rax
	jg	.L124
	je	.L126
.L135:
	.long 7
.L136:
	.byte 1,2,3
	jmp	.L140
	jmp	.L130
	jmp	.L130
	je	.L125
.L137:
	jne	.L145
	movl $1, %eax
	xorl %eax, %eax
	movl $1, %eax
	jg	.L133
.L138:
	jmp	.L138
	addq $100000, %rax
	jg	.L137
.L139:
	je	.L151
	jl	.L147
	.p2align 2
	nop
	leaq 8(%rsp), %rsp
	movb $1, %al
	movb $1, %al
	je	.L139
	addq $100000, %rax
	.long 7
	xorl %eax, %eax
	je	.L146
	nop
	jl	.L150
	addq $100000, %rax
	.byte 1,2,3
.L140:
	jl	.L150
	movb $1, %al
	jne	.L145
	jl	.L136
	nop
.L141:
	jmp	.L130
	.p2align 4,,15
	nop
	jg	.L149
	je	.L145
.L142:
	je	.L145
.L143:
.L144:
	jmp	.L156
.L145:
.L146:
.L147:
	jg	.L137
	xorl %eax, %eax
	movb $1, %al
.L148:
.L149:
	nop
	nop
	addq $100000, %rax
	jmp	.L158
	movb $1, %al
	movl $1, %eax
	jl	.L162
.L150:
	jmp	.L149
	addq $100000, %rax
	movb $1, %al
	movb $1, %al
.L151:
	jmp	.L156
.L152:
	jg	.L145
.L153:
	xorl %eax, %eax
.L154:
.L155:
	nop
	xorl %eax, %eax
.L156:
	je	.L162
	movb $1, %al
.L157:
.L158:
	addq $100000, %rax
	jne	.L170
.L159:
	jmp	.L148
	jne	.L148
	jg	.L162
	leaq 8(%rsp), %rsp
	jmp	.L159
	jmp	.L163
	addq $100000, %rax
	jmp	.L169
	jmp	.L166
	jne	.L158
	movb $1, %al
	movl $1, %eax
	leaq 8(%rsp), %rsp
	.p2align 4
	xorl %eax, %eax
	addq $100000, %rax
	je	.L148
.L160:
	jmp	.L169
	jl	.L169
	xorl %eax, %eax
	xorl %eax, %eax
.L161:
	nop
.L162:
.L163:
	movl $1, %eax
	jg	.L153
.L164:
	jmp	.L155
	jl	.L162
	movb $1, %al
	addq $100000, %rax
.L165:
	.byte 1,2,3
	.byte 1,2,3
.L166:
	.long 7
	je	.L163
	jl	.L158
	jg	.L170
	jmp	.L155
	addq $100000, %rax
.L167:
	jmp	.L169
.L168:
.L169:
	.byte 1,2,3
.L170:
	jmp	.L176
	jg	.L161
	je	.L180
	jg	.L161
.L171:
	movb $1, %al
	jne	.L170
	jg	.L161
	.long 7
	nop
	jg	.L181
	jmp	.L160
.L172:
	movb $1, %al
	.byte 1,2,3
	jmp	.L175
	jg	.L165
	xorl %eax, %eax
.L173:
.L174:
	jg	.L177
.L175:
	jg	.L178
	je	.L169
	leaq 8(%rsp), %rsp
	jne	.L172
	jl	.L188
	jmp	.L183
.L176:
	.long 7
	je	.L189
.L177:
.L178:
	jg	.L189
	leaq 8(%rsp), %rsp
	je	.L185
	jmp	.L183
	jl	.L168
	.byte 1,2,3
	jmp	.L171
	movl $1, %eax
.L179:
	movb $1, %al
.L180:
.L181:
	jne	.L189
	addq $100000, %rax
	jmp	.L177
	jg	.L173
	movl $1, %eax
	je	.L179
	leaq 8(%rsp), %rsp
.L182:
	movb $1, %al
.L183:
	jl	.L179
	movl $1, %eax
	jg	.L186
	je	.L175
	jmp	.L196
	nop
	addq $100000, %rax
	movl $1, %eax
	jmp	.L176
.L184:
	jmp	.L193
	movl $1, %eax
	.byte 1,2,3
.L185:
	.byte 1,2,3
	addq $100000, %rax
	.byte 1,2,3
.L186:
	jl	.L198
	jne	.L187
	.long 7
	nop
	jmp	.L178
	jmp	.L199
	addq $100000, %rax
	movl $1, %eax
	leaq 8(%rsp), %rsp
	jne	.L180
	jne	.L189
.L187:
	nop
	.byte 1,2,3
	nop
	addq $100000, %rax
	nop
	leaq 8(%rsp), %rsp
.L188:
	leaq 8(%rsp), %rsp
	jne	.L185
	.long 7
	leaq 8(%rsp), %rsp
	jg	.L186
	movb $1, %al
	movb $1, %al
.L189:
	jl	.L186
	je	.L186
.L190:
	leaq 8(%rsp), %rsp
	leaq 8(%rsp), %rsp
	jg	.L186
	jne	.L202
	jne	.L183
	nop
	leaq 8(%rsp), %rsp
.L191:
	jne	.L200
	addq $100000, %rax
.L192:
.L193:
.L194:
	.long 7
	movl $1, %eax
	jmp	.L201
	leaq 8(%rsp), %rsp
	jmp	.L195
	jl	.L195
	xorl %eax, %eax
	jmp	.L201
	jmp	.L200
	.byte 1,2,3
.L195:
	jg	.L206
	je	.L203
.L196:
	je	.L196
.L197:
	.byte 1,2,3
	jmp	.L202
.L198:
	xorl %eax, %eax
	je	.L204
.L199:
	.byte 1,2,3
.L200:
	movl $1, %eax
	jne	.L211
	jne	.L195
	movl $1, %eax
	jmp	.L203
	je	.L203
	movb $1, %al
	je	.L207
.L201:
	jl	.L194
	.byte 1,2,3
.L202:
	jg	.L210
.L203:
	jmp	.L214
	jne	.L212
	addq $100000, %rax
	xorl %eax, %eax
	jmp	.L200
.L204:
	je	.L202
.L205:
	jmp	.L216
	movl $1, %eax
	addq $100000, %rax
	jne	.L194
	addq $100000, %rax
	leaq 8(%rsp), %rsp
	jmp	.L196
	jmp	.L208
	je	.L199
	jmp	.L196
.L206:
	nop
	jmp	.L203
.L207:
	jg	.L198
	jmp	.L217
.L208:
.L209:
	nop
	jg	.L198
	movl $1, %eax
	leaq 8(%rsp), %rsp
.L210:
	movb $1, %al
	addq $100000, %rax
	movl $1, %eax
	movl $1, %eax
	jmp	.L212
.L211:
	nop
.L212:
	movl $1, %eax
.L213:
	jne	.L210
	je	.L224
	nop
	jg	.L208
.L214:
	.long 7
.L215:
	movb $1, %al
	.byte 1,2,3
	.long 7
	je	.L227
	.long 7
	xorl %eax, %eax
	jl	.L208
	jg	.L215
.L216:
	jne	.L209
	movl $1, %eax
	jmp	.L225
	nop
	.long 7
	jne	.L212
	movb $1, %al
.L217:
	je	.L218
.L218:
	jmp	.L225
	je	.L219
	movl $1, %eax
.L219:
.L220:
	jg	.L215
	addq $100000, %rax
	jne	.L217
	jmp	.L226
.L221:
	je	.L234
	xorl %eax, %eax
	je	.L226
	nop
	xorl %eax, %eax
	leaq 8(%rsp), %rsp
	jl	.L214
	nop
.L222:
	.long 7
	jmp	.L216
	movl $1, %eax
	jmp	.L216
	movl $1, %eax
	jmp	.L213
	jne	.L222
	jne	.L221
.L223:
.L224:
	jne	.L215
	movl $1, %eax
	nop
	jne	.L226
.L225:
	leaq 8(%rsp), %rsp
	.byte 1,2,3
	jmp	.L236
.L226:
	jmp	.L215
	leaq 8(%rsp), %rsp
	.byte 1,2,3
	leaq 8(%rsp), %rsp
.L227:
	addq $100000, %rax
	leaq 8(%rsp), %rsp
	je	.L227
	.long 7
	jmp	.L224
	jg	.L237
.L228:
	addq $100000, %rax
	jg	.L238
	movl $1, %eax
	.byte 1,2,3
	.byte 1,2,3
	movl $1, %eax
.L229:
	jmp	.L221
	jne	.L223
	jmp	.L234
	jmp	.L237
	jmp	.L234
	jne	.L232
	nop
.L230:
	je	.L233
	jl	.L240
.L231:
	movb $1, %al
.L232:
	movl $1, %eax
	xorl %eax, %eax
	jmp	.L226
	jg	.L226
	addq $100000, %rax
	xorl %eax, %eax
.L233:
	movl $1, %eax
	movb $1, %al
	.byte 1,2,3
	movb $1, %al
	jl	.L231
	je	.L230
	.byte 1,2,3
	jg	.L224
	movb $1, %al
	.byte 1,2,3
	jne	.L230
	jne	.L243
	jne	.L229
	jl	.L233
	je	.L246
	.long 7
	jg	.L234
.L234:
.L235:
	jmp	.L240
	jmp	.L240
	jmp	.L247
.L236:
	.long 7
	jmp	.L235
	leaq 8(%rsp), %rsp
	jmp	.L230
	jmp	.L249
.L237:
	addq $100000, %rax
	jne	.L237
	je	.L235
	addq $100000, %rax
	jg	.L246
	jmp	.L248
	jne	.L245
	jl	.L232
.L238:
	jne	.L244
.L239:
.L240:
	je	.L234
	movb $1, %al
.L241:
	movb $1, %al
	je	.L237
.L242:
	xorl %eax, %eax
	jmp	.L249
	jne	.L252
.L243:
	jl	.L236
	movb $1, %al
.L244:
.L245:
	nop
	.byte 1,2,3
	jmp	.L254
	jl	.L242
	jne	.L234
	leaq 8(%rsp), %rsp
	jmp	.L253
	jne	.L241
.L246:
	jl	.L256
	je	.L239
	movl $1, %eax
	jmp	.L258
	.long 7
	movl $1, %eax
.L247:
	movb $1, %al
	jmp	.L237
	xorl %eax, %eax
	.byte 1,2,3
	movl $1, %eax
	leaq 8(%rsp), %rsp
	jl	.L254
	je	.L260
.L248:
	jne	.L239
	jg	.L257
.L249:
	.long 7
	nop
	movl $1, %eax
.L250:
.L251:
.L252:
	leaq 8(%rsp), %rsp
	movl $1, %eax
	jl	.L256
	je	.L262
.L253:
	jg	.L244
.L254:
	je	.L248
	jmp	.L261
.L255:
	leaq 8(%rsp), %rsp
.L256:
	jmp	.L248
.L257:
	jmp	.L264
	jl	.L265
	leaq 8(%rsp), %rsp
	jg	.L259
	jne	.L250
	jmp	.L251
	je	.L248
.L258:
.L259:
.L260:
	jne	.L266
	jne	.L259
	movl $1, %eax
	je	.L268
	je	.L261
	je	.L254
	jl	.L269
	jg	.L272
	.p2align 4,,10
.L261:
	jl	.L252
	nop
	.long 7
	je	.L251
	.p2align 4,,10
	jmp	.L256
	jg	.L253
.L262:
.L263:
	nop
	xorl %eax, %eax
.L264:
	jg	.L271
.L265:
	.long 7
	xorl %eax, %eax
	jmp	.L265
	jmp	.L256
	jg	.L269
	jmp	.L269
.L266:
	jne	.L257
	je	.L255
.L267:
	nop
	leaq 8(%rsp), %rsp
	leaq 8(%rsp), %rsp
	addq $100000, %rax
.L268:
	jmp	.L270
.L269:
	xorl %eax, %eax
	leaq 8(%rsp), %rsp
.L270:
	addq $100000, %rax
	jmp	.L265
.L271:
	leaq 8(%rsp), %rsp
	jne	.L265
	xorl %eax, %eax
	je	.L279
.L272:
	je	.L277
	jmp	.L267
	jmp	.L275
.L273:
	jl	.L265
	jmp	.L263
	jg	.L270
	nop
	jmp	.L270
	movl $1, %eax
	jmp	.L271
.L274:
	addq $100000, %rax
	movb $1, %al
	leaq 8(%rsp), %rsp
.L275:
	.byte 1,2,3
	jl	.L287
	xorl %eax, %eax
	jg	.L276
.L276:
.L277:
	jne	.L284
	nop
	nop
	addq $100000, %rax
.L278:
	movb $1, %al
.L279:
	jmp	.L291
	jg	.L290
	jl	.L282
.L280:
.L281:
	je	.L294
	jl	.L285
	movb $1, %al
.L282:
.L283:
	jg	.L276
	jl	.L272
	nop
	nop
	nop
	.byte 1,2,3
	jmp	.L285
.L284:
	jmp	.L295
	xorl %eax, %eax
	jmp	.L285
	nop
	je	.L281
	movl $1, %eax
	nop
	jmp	.L277
	jne	.L287
	jmp	.L290
	nop
	movl $1, %eax
	.long 7
	jmp	.L283
	jl	.L293
.L285:
	movl $1, %eax
	jg	.L279
.L286:
	jmp	.L295
.L287:
	jne	.L288
	jmp	.L290
.L288:
	jl	.L285
.L289:
	jne	.L291
	je	.L296
.L290:
.L291:
	xorl %eax, %eax
.L292:
.L293:
	je	.L293
	jmp	.L294
	leaq 8(%rsp), %rsp
	jl	.L288
.L294:
	jne	.L286
.L295:
	je	.L298
.L296:
.L297:
.L298:
	je	.L291
	jg	.L311
	nop
	movl $1, %eax
	.long 7
	addq $100000, %rax
.L299:
	.byte 1,2,3
	jg	.L288
	leaq 8(%rsp), %rsp
	je	.L290
.L300:
	.p2align 4,,15
	nop
	je	.L301
	movb $1, %al
	je	.L290
	leaq 8(%rsp), %rsp
.L301:
	jmp	.L312
	movb $1, %al
	jmp	.L299
	movl $1, %eax
	je	.L311
	addq $100000, %rax
	.byte 1,2,3
	jg	.L295
.L302:
	nop
	.p2align 4,,15
	jne	.L294
	je	.L294
.L303:
.L304:
	jne	.L316
.L305:
	jl	.L313
	xorl %eax, %eax
	movb $1, %al
	jmp	.L297
	.long 7
	je	.L314
.L306:
	movl $1, %eax
	xorl %eax, %eax
	jmp	.L295
	jl	.L308
	je	.L309
	jl	.L311
	jmp	.L296
.L307:
	.long 7
	.long 7
.L308:
	movl $1, %eax
	movl $1, %eax
	jmp	.L305
.L309:
.L310:
	movl $1, %eax
	jmp	.L322
	movl $1, %eax
	nop
.L311:
.L312:
	addq $100000, %rax
.L313:
	je	.L321
.L314:
	movl $1, %eax
	movb $1, %al
	movl $1, %eax
	jg	.L320
	leaq 8(%rsp), %rsp
	jmp	.L308
.L315:
	.byte 1,2,3
.L316:
	jmp	.L307
.L317:
	movb $1, %al
	nop
.L318:
	jg	.L318
	jmp	.L316
.L319:
	movb $1, %al
	nop
	movl $1, %eax
.L320:
	.long 7
	je	.L333
	jl	.L323
	jmp	.L319
	.long 7
	jmp	.L320
.L321:
	je	.L329
	jmp	.L314
	jne	.L311
	jmp	.L313
	.long 7
	nop
	jmp	.L334
	jg	.L320
.L322:
	xorl %eax, %eax
	addq $100000, %rax
	jg	.L321
.L323:
	movb $1, %al
.L324:
	movb $1, %al
	jmp	.L329
	jl	.L317
.L325:
	addq $100000, %rax
.L326:
	movl $1, %eax
	nop
.L327:
	addq $100000, %rax
	jg	.L321
.L328:
	movb $1, %al
	jmp	.L337
	.byte 1,2,3
.L329:
	leaq 8(%rsp), %rsp
	leaq 8(%rsp), %rsp
	leaq 8(%rsp), %rsp
	xorl %eax, %eax
	je	.L327
	jmp	.L325
.L330:
	.byte 1,2,3
	jl	.L334
	movl $1, %eax
.L331:
	nop
	nop
.L332:
	je	.L327
	movl $1, %eax
	jmp	.L343
	jmp	.L336
	je	.L329
	jl	.L326
	.byte 1,2,3
	nop
	leaq 8(%rsp), %rsp
	jne	.L341
.L333:
	.byte 1,2,3
	addq $100000, %rax
	.long 7
	jmp	.L323
	addq $100000, %rax
	jmp	.L322
	xorl %eax, %eax
	jg	.L343
	addq $100000, %rax
	movl $1, %eax
	jne	.L343
	jmp	.L330
	leaq 8(%rsp), %rsp
.L334:
	jmp	.L338
.L335:
	movb $1, %al
.L336:
	jne	.L332
	jmp	.L329
	jmp	.L337
	.byte 1,2,3
	xorl %eax, %eax
.L337:
	leaq 8(%rsp), %rsp
.L338:
.L339:
	je	.L341
	addq $100000, %rax
	movb $1, %al
	jmp	.L332
	je	.L342
	.long 7
	leaq 8(%rsp), %rsp
	addq $100000, %rax
.L340:
.L341:
.L342:
.L343:
	.long 7
	movl $1, %eax
	addq $100000, %rax
	leaq 8(%rsp), %rsp
.L344:
	jl	.L342
	je	.L338
	jne	.L357
	.byte 1,2,3
.L345:
	movb $1, %al
.L346:
	jl	.L357
	jmp	.L336
	je	.L358
	jg	.L342
	je	.L350
	jg	.L348
	xorl %eax, %eax
	jmp	.L337
	jmp	.L342
	jg	.L336
	je	.L339
	.long 7
	jmp	.L359
	.long 7
.L347:
	nop
.L348:
	nop
.L349:
	nop
.L350:
	nop
.L351:
	nop
.L352:
	nop
.L353:
	nop
.L354:
	nop
.L355:
	nop
.L356:
	nop
.L357:
	nop
.L358:
	nop
.L359:
	nop
