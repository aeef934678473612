	.text
.L0:
.L1:
	leaq 8(%rsp), %rsp
	jne	.L2
	jl	.L0
	movl $1, %eax
	.balign 16,,7
	nop
	leaq 8(%rsp), %rsp
.L2:
	.long 7
	je	.L10
	.p2align 4
	addq $100000, %rax
.L3:
	jmp	.L1
	nop
	movl $1, %eax
.L4:
	.byte 1,2,3
	jne	.L0
	nop
	je	.L0
	xorl %eax, %eax
.L5:
	.long 7
	jne	.L5
	addq $100000, %rax
	jmp	.L10
	jne	.L0
	.long 7
	je	.L4
	xorl %eax, %eax
	je	.L0
	jmp	.L11
	.byte 1,2,3
	jg	.L3
.L6:
.L7:
	jl	.L20
	jmp	.L17
.L8:
.L9:
	.byte 1,2,3
	movl $1, %eax
.L10:
	jl	.L22
	addq $100000, %rax
	leaq 8(%rsp), %rsp
	movb $1, %al
	jmp	.L5
	jmp	.L11
	jne	.L0
.L11:
.L12:
	jg	.L15
	movl $1, %eax
	je	.L12
.L13:
	jg	.L11
	je	.L15
	addq $100000, %rax
	leaq 8(%rsp), %rsp
	nop
	movl $1, %eax
	jg	.L21
	movb $1, %al
	jmp	.L11
.L14:
	je	.L5
	addq $100000, %rax
	nop
.L15:
	jg	.L5
	.p2align 4,,15
	nop
	jne	.L21
.L16:
	.p2align 4,,15
	jmp	.L15
	jmp	.L17
.L17:
.L18:
	jmp	.L13
	jl	.L19
	jg	.L14
.L19:
	nop
	addq $100000, %rax
.L20:
	.balign 16,,7
	jmp	.L23
	addq $100000, %rax
	jl	.L27
	leaq 8(%rsp), %rsp
	xorl %eax, %eax
	movl $1, %eax
	jmp	.L20
	jl	.L18
.L21:
	movb $1, %al
	movb $1, %al
	jmp	.L21
	jmp	.L19
.L22:
	jl	.L19
	jmp	.L16
	jmp	.L28
	.long 7
	.byte 1,2,3
	movl $1, %eax
.L23:
	jmp	.L29
	jg	.L25
	.byte 1,2,3
	jmp	.L17
.L24:
	jmp	.L36
.L25:
	je	.L31
	addq $100000, %rax
.L26:
	movb $1, %al
.L27:
	je	.L31
	xorl %eax, %eax
	nop
	jmp	.L37
.L28:
	addq $100000, %rax
.L29:
	jmp	.L33
	nop
	jmp	.L36
	je	.L22
	jmp	.L26
	leaq 8(%rsp), %rsp
	jl	.L42
	jne	.L35
.L30:
	xorl %eax, %eax
	jmp	.L39
	xorl %eax, %eax
	xorl %eax, %eax
	jmp	.L24
.L31:
	xorl %eax, %eax
	addq $100000, %rax
	.long 7
	xorl %eax, %eax
	je	.L25
	jmp	.L23
	jmp	.L33
	nop
	nop
	addq $100000, %rax
	jl	.L42
	nop
	jmp	.L35
	xorl %eax, %eax
	jl	.L38
	jg	.L30
	je	.L43
.L32:
	.p2align 2
	nop
	jmp	.L45
	jne	.L22
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
	.p2align 3
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
	.p2align 4,,15
	jmp	.L55
	.p2align 5,,3
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
	.p2align 5,,3
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
	.p2align 5,,3
	movb $1, %al
	je	.L66
	movb $1, %al
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
	.p2align 4,,15
	leaq 8(%rsp), %rsp
	.p2align 5,,3
	jl	.L86
.L83:
	jne	.L86
	.long 7
	jl	.L86
	xorl %eax, %eax
.L84:
	leaq 8(%rsp), %rsp
	jne	.L81
	jmp	.L97
	je	.L87
	movl $1, %eax
	nop
.L85:
	leaq 8(%rsp), %rsp
	.p2align 4
	jmp	.L81
	nop
.L86:
	je	.L76
	nop
.L87:
	jne	.L80
	jmp	.L95
	xorl %eax, %eax
	jmp	.L87
.L88:
.L89:
	je	.L78
	jg	.L83
.L90:
.L91:
	xorl %eax, %eax
	.long 7
	.long 7
	movb $1, %al
	addq $100000, %rax
	jl	.L103
	jg	.L82
.L92:
	je	.L85
	.p2align 2
	movl $1, %eax
	jl	.L85
	movl $1, %eax
	.long 7
	leaq 8(%rsp), %rsp
.L93:
	jl	.L106
	je	.L87
.L94:
	addq $100000, %rax
.L95:
	je	.L87
	.long 7
	jg	.L96
	movl $1, %eax
	jmp	.L104
.L96:
	jg	.L109
	jne	.L91
	nop
.L97:
	jmp	.L97
.L98:
	jmp	.L92
	.byte 1,2,3
	jmp	.L101
.L99:
	jne	.L89
	jne	.L94
	jne	.L110
.L100:
	je	.L112
	jl	.L108
	xorl %eax, %eax
	jl	.L99
.L101:
	.byte 1,2,3
	je	.L103
	jg	.L110
	addq $100000, %rax
	jg	.L97
.L102:
.L103:
.L104:
.L105:
	jg	.L101
	addq $100000, %rax
	movb $1, %al
	je	.L107
	je	.L104
.L106:
	jne	.L96
	xorl %eax, %eax
	movl $1, %eax
	.byte 1,2,3
	jmp	.L100
	movl $1, %eax
	je	.L114
	.byte 1,2,3
	.p2align 3
	.long 7
	nop
	.long 7
	jl	.L119
	jmp	.L109
.L107:
	movb $1, %al
	jl	.L111
	jl	.L117
.L108:
	.p2align 3
	movb $1, %al
	movl $1, %eax
	jmp	.L105
	xorl %eax, %eax
	jg	.L110
	.long 7
	jmp	.L109
	jl	.L101
	.byte 1,2,3
.L109:
	jne	.L111
	je	.L118
	jne	.L119
	addq $100000, %rax
	jg	.L98
	addq $100000, %rax
	.long 7
.L110:
	movb $1, %al
	leaq 8(%rsp), %rsp
.L111:
.L112:
	movl $1, %eax
	xorl %eax, %eax
.L113:
.L114:
	jne	.L103
	jl	.L113
	.long 7
	leaq 8(%rsp), %rsp
	.byte 1,2,3
	movl $1, %eax
.L115:
	je	.L114
	xorl %eax, %eax
	movb $1, %al
	.balign 16,,7
	jmp	.L127
.L116:
	jl	.L106
	xorl %eax, %eax
	movb $1, %al
	leaq 8(%rsp), %rsp
	jmp	.L122
.L117:
	leaq 8(%rsp), %rsp
	jmp	.L115
	jl	.L119
.L118:
.L119:
	.byte 1,2,3
	je	.L118
.L120:
	jg	.L121
.L121:
	jmp	.L112
	jl	.L128
	nop
.L122:
	jg	.L112
	jne	.L111
	jl	.L115
.L123:
	nop
	.byte 1,2,3
	jg	.L126
	leaq 8(%rsp), %rsp
.L124:
	.p2align 4
	xorl %eax, %eax
	leaq 8(%rsp), %rsp
.L125:
	addq $100000, %rax
	movl $1, %eax
	nop
	addq $100000, %rax
	movb $1, %al
	.long 7
	leaq 8(%rsp), %rsp
	jmp	.L136
	jmp	.L132
	xorl %eax, %eax
.L126:
.L127:
	.byte 1,2,3
	je	.L138
	jne	.L123
	jmp	.L132
	xorl %eax, %eax
	xorl %eax, %eax
	jmp	.L138
	.p2align 3
.L128:
	jl	.L135
	.long 7
	jl	.L133
	nop
.L129:
	je	.L137
	.long 7
	jg	.L125
	movl $1, %eax
.L130:
	.byte 1,2,3
	leaq 8(%rsp), %rsp
	movl $1, %eax
	addq $100000, %rax
	jl	.L138
	jmp	.L143
	movb $1, %al
	xorl %eax, %eax
	.p2align 2
	jne	.L142
	.long 7
.L131:
.L132:
	jmp	.L122
	movb $1, %al
	jne	.L132
	jmp	.L123
.L133:
	movb $1, %al
	jmp	.L144
	.p2align 3
	xorl %eax, %eax
.L134:
	addq $100000, %rax
	jmp	.L140
	.byte 1,2,3
	movl $1, %eax
	.p2align 4
.L135:
	jmp	.L136
	jg	.L135
	xorl %eax, %eax
	movl $1, %eax
	jne	.L136
.L136:
	jne	.L135
	nop
	addq $100000, %rax
	movb $1, %al
	.p2align 4,,15
	jmp	.L146
	.byte 1,2,3
	jne	.L133
	xorl %eax, %eax
	movl $1, %eax
.L137:
.L138:
	.long 7
	.p2align 5,,3
.L139:
	nop
	jg	.L131
	je	.L148
.L140:
.L141:
	jl	.L144
.L142:
.L143:
	jg	.L142
	jg	.L153
.L144:
	jmp	.L145
	jmp	.L154
	jl	.L135
	leaq 8(%rsp), %rsp
	.long 7
	.byte 1,2,3
	movb $1, %al
.L145:
.L146:
	movl $1, %eax
	movl $1, %eax
	jne	.L143
	addq $100000, %rax
	nop
.L147:
	jg	.L139
	jmp	.L142
	xorl %eax, %eax
.L148:
	.byte 1,2,3
.L149:
	leaq 8(%rsp), %rsp
	xorl %eax, %eax
	leaq 8(%rsp), %rsp
	jl	.L138
	.byte 1,2,3
	jmp	.L145
	jne	.L153
.L150:
	jmp	.L147
	nop
	nop
.L151:
	addq $100000, %rax
	.byte 1,2,3
	jg	.L157
	.byte 1,2,3
	jl	.L157
	nop
.L152:
	jmp	.L150
.L153:
.L154:
	.p2align 2
	leaq 8(%rsp), %rsp
	jl	.L162
	movl $1, %eax
	jmp	.L163
	movb $1, %al
	jg	.L158
.L155:
.L156:
	jmp	.L165
	jmp	.L166
	jmp	.L151
.L157:
	movb $1, %al
.L158:
	jg	.L154
	movl $1, %eax
	jne	.L164
.L159:
	jl	.L166
	jmp	.L172
	.long 7
	jg	.L161
	.long 7
	jg	.L157
	jg	.L151
.L160:
	jmp	.L168
	.byte 1,2,3
	nop
	nop
	jmp	.L167
	jl	.L154
.L161:
	jmp	.L164
.L162:
	jne	.L157
	nop
.L163:
	jmp	.L166
	jl	.L175
.L164:
.L165:
	movl $1, %eax
	jne	.L165
	leaq 8(%rsp), %rsp
.L166:
	xorl %eax, %eax
	xorl %eax, %eax
.L167:
	movl $1, %eax
	jmp	.L162
	je	.L175
	xorl %eax, %eax
.L168:
	nop
	jmp	.L163
	jg	.L180
	.balign 16,,7
.L169:
	je	.L180
	nop
	jne	.L170
.L170:
	jne	.L161
	jg	.L168
	je	.L179
	je	.L170
	.long 7
	jl	.L162
.L171:
	movl $1, %eax
	jg	.L165
	.long 7
	je	.L168
	xorl %eax, %eax
.L172:
	je	.L161
.L173:
	jg	.L168
	jg	.L170
	.byte 1,2,3
	jl	.L175
	jl	.L175
	leaq 8(%rsp), %rsp
	movl $1, %eax
	addq $100000, %rax
	jmp	.L176
.L174:
	.long 7
	nop
	.long 7
	jl	.L172
	.p2align 4
.L175:
	.byte 1,2,3
.L176:
	xorl %eax, %eax
	xorl %eax, %eax
	je	.L184
	movb $1, %al
.L177:
	je	.L175
	je	.L181
	jl	.L185
	je	.L173
	jmp	.L180
	movl $1, %eax
	.byte 1,2,3
	jg	.L169
	leaq 8(%rsp), %rsp
	nop
	movb $1, %al
	movb $1, %al
	jg	.L170
	jmp	.L186
	jl	.L181
	jne	.L172
	jmp	.L175
	movb $1, %al
	xorl %eax, %eax
.L178:
	jne	.L184
	jl	.L180
	je	.L191
.L179:
	jmp	.L171
.L180:
	jmp	.L169
	jne	.L174
	jl	.L178
	.long 7
	jg	.L171
	leaq 8(%rsp), %rsp
.L181:
.L182:
	.long 7
	.long 7
	movb $1, %al
	nop
.L183:
	leaq 8(%rsp), %rsp
	jl	.L187
	leaq 8(%rsp), %rsp
	.p2align 4,,10
	.byte 1,2,3
.L184:
	.byte 1,2,3
	.long 7
.L185:
.L186:
	.p2align 5,,3
.L187:
.L188:
	movl $1, %eax
	movb $1, %al
	.long 7
	jg	.L178
	movb $1, %al
.L189:
	nop
	xorl %eax, %eax
.L190:
	movl $1, %eax
	jmp	.L185
	jmp	.L198
	jg	.L190
	leaq 8(%rsp), %rsp
	jl	.L189
.L191:
	leaq 8(%rsp), %rsp
	jne	.L197
.L192:
	jg	.L204
	.long 7
	je	.L205
	movl $1, %eax
	nop
	jl	.L195
	xorl %eax, %eax
	.p2align 5,,3
	.p2align 4
	.byte 1,2,3
	jne	.L190
	jg	.L203
.L193:
.L194:
.L195:
	movb $1, %al
	jne	.L203
	xorl %eax, %eax
	leaq 8(%rsp), %rsp
.L196:
.L197:
	jmp	.L206
	jmp	.L201
	movl $1, %eax
	jl	.L202
	jmp	.L196
	movb $1, %al
	jne	.L195
	movl $1, %eax
.L198:
	xorl %eax, %eax
	movl $1, %eax
	movb $1, %al
	jg	.L202
	.p2align 4,,10
	je	.L210
	movb $1, %al
	jne	.L209
	nop
	.byte 1,2,3
.L199:
	jg	.L189
	jl	.L207
	jl	.L209
	jmp	.L208
	.byte 1,2,3
	je	.L189
.L200:
	je	.L199
	jne	.L213
	addq $100000, %rax
.L201:
	xorl %eax, %eax
	jne	.L194
	jmp	.L192
	nop
	leaq 8(%rsp), %rsp
.L202:
	xorl %eax, %eax
	leaq 8(%rsp), %rsp
	jl	.L212
.L203:
.L204:
	je	.L202
	jne	.L206
	.balign 16,,7
	je	.L217
	jmp	.L216
.L205:
	je	.L209
	.byte 1,2,3
	jg	.L201
.L206:
	.p2align 5,,3
	jmp	.L205
	nop
.L207:
	jl	.L204
	movb $1, %al
	.long 7
	.p2align 3
	leaq 8(%rsp), %rsp
	movl $1, %eax
	addq $100000, %rax
	movl $1, %eax
	je	.L206
	movb $1, %al
	jmp	.L197
	jne	.L206
	.byte 1,2,3
	movl $1, %eax
	jl	.L206
	jl	.L199
	leaq 8(%rsp), %rsp
	jg	.L208
	jne	.L207
	.balign 16,,7
	je	.L211
	je	.L207
.L208:
	addq $100000, %rax
	je	.L218
	jmp	.L218
	jmp	.L208
	jmp	.L202
	nop
	.long 7
	movl $1, %eax
	jmp	.L201
	jg	.L219
	jmp	.L212
.L209:
	movl $1, %eax
	jg	.L215
	jmp	.L216
	jne	.L221
.L210:
	xorl %eax, %eax
	addq $100000, %rax
	jl	.L218
	jmp	.L207
.L211:
.L212:
	jmp	.L210
.L213:
	.p2align 4,,15
.L214:
.L215:
.L216:
	.long 7
.L217:
	movl $1, %eax
	.p2align 5,,3
	.long 7
	movb $1, %al
	.p2align 4
	xorl %eax, %eax
	leaq 8(%rsp), %rsp
	jmp	.L225
	jg	.L230
	addq $100000, %rax
	.long 7
.L218:
.L219:
.L220:
	leaq 8(%rsp), %rsp
	movb $1, %al
	jmp	.L233
	addq $100000, %rax
	.balign 16,,7
.L221:
	jg	.L225
.L222:
.L223:
	xorl %eax, %eax
	je	.L221
	je	.L218
	jmp	.L235
	jg	.L219
	jmp	.L218
	jg	.L232
	movl $1, %eax
	addq $100000, %rax
.L224:
	jmp	.L215
	je	.L215
	jmp	.L218
	jmp	.L233
	je	.L219
	jne	.L229
	jl	.L223
	jmp	.L224
	jne	.L216
	je	.L232
	jmp	.L226
	.long 7
	.p2align 4,,15
	.p2align 3
	jne	.L237
.L225:
	je	.L218
.L226:
.L227:
	jl	.L217
	.byte 1,2,3
	.long 7
	jmp	.L233
	jmp	.L219
	je	.L230
	jne	.L225
	leaq 8(%rsp), %rsp
.L228:
	jmp	.L238
	.byte 1,2,3
	jg	.L232
	xorl %eax, %eax
	je	.L219
	jmp	.L228
.L229:
	.long 7
	jmp	.L233
.L230:
	je	.L233
	leaq 8(%rsp), %rsp
	jl	.L222
.L231:
	xorl %eax, %eax
	je	.L229
	.long 7
	.long 7
	.balign 16,,7
	je	.L241
.L232:
	.balign 16,,7
	nop
.L233:
	xorl %eax, %eax
	jmp	.L246
	movl $1, %eax
	nop
	movl $1, %eax
	leaq 8(%rsp), %rsp
	jmp	.L237
	jmp	.L246
	movl $1, %eax
	jne	.L226
.L234:
	.long 7
	movb $1, %al
	nop
	jne	.L226
	je	.L231
	jne	.L225
	xorl %eax, %eax
.L235:
	je	.L232
	xorl %eax, %eax
	jne	.L242
.L236:
.L237:
	jmp	.L250
	xorl %eax, %eax
.L238:
	jg	.L236
.L239:
	.p2align 4,,10
	.byte 1,2,3
	.long 7
	movb $1, %al
.L240:
	.long 7
	movb $1, %al
	jg	.L235
	jmp	.L243
.L241:
.L242:
	jl	.L242
	addq $100000, %rax
.L243:
.L244:
.L245:
	movl $1, %eax
	movb $1, %al
	movb $1, %al
	je	.L248
	jmp	.L256
	je	.L252
	jg	.L242
.L246:
	leaq 8(%rsp), %rsp
	xorl %eax, %eax
	movb $1, %al
	.p2align 4,,15
	movb $1, %al
	je	.L238
	jl	.L242
	jg	.L252
.L247:
	.long 7
	jg	.L237
	jmp	.L236
.L248:
	je	.L249
	je	.L239
	movb $1, %al
.L249:
	jne	.L240
.L250:
	addq $100000, %rax
.L251:
	leaq 8(%rsp), %rsp
	jmp	.L243
	jmp	.L245
	.long 7
	jne	.L254
	xorl %eax, %eax
.L252:
	nop
.L253:
	addq $100000, %rax
	.byte 1,2,3
	jmp	.L259
	je	.L253
	jmp	.L261
	addq $100000, %rax
.L254:
	movl $1, %eax
	nop
	jl	.L262
	xorl %eax, %eax
.L255:
	jmp	.L268
	jg	.L263
	movl $1, %eax
	.balign 16,,7
	movb $1, %al
	.byte 1,2,3
	jmp	.L268
	jg	.L268
.L256:
	movb $1, %al
	.long 7
	jl	.L260
	nop
	addq $100000, %rax
	je	.L268
	je	.L257
	jne	.L256
	jmp	.L254
	nop
.L257:
	jmp	.L253
	jmp	.L264
	addq $100000, %rax
	movb $1, %al
	xorl %eax, %eax
	.p2align 4
	movl $1, %eax
	jl	.L251
	movb $1, %al
	addq $100000, %rax
.L258:
	jl	.L260
	jg	.L270
	jmp	.L257
.L259:
	.byte 1,2,3
	jne	.L264
	jne	.L248
.L260:
	je	.L262
	jmp	.L258
	je	.L256
	jne	.L258
	jl	.L254
.L261:
	jg	.L254
.L262:
	jmp	.L261
	jmp	.L263
	.p2align 2
	jmp	.L251
	movb $1, %al
.L263:
	jne	.L273
.L264:
	jmp	.L271
	jmp	.L258
	jg	.L265
	jmp	.L267
	jne	.L259
	jg	.L273
.L265:
	je	.L263
	jmp	.L257
	jne	.L262
.L266:
	.byte 1,2,3
	movl $1, %eax
.L267:
	movb $1, %al
	jne	.L275
	je	.L268
	.long 7
	jg	.L259
	jmp	.L267
	je	.L262
	jmp	.L256
	addq $100000, %rax
.L268:
	jmp	.L264
	.long 7
.L269:
	movl $1, %eax
	jmp	.L279
	jne	.L270
.L270:
	je	.L264
	jmp	.L264
	xorl %eax, %eax
	addq $100000, %rax
	je	.L274
	xorl %eax, %eax
	je	.L262
	xorl %eax, %eax
	.p2align 4,,10
	nop
	nop
	movb $1, %al
	.byte 1,2,3
	addq $100000, %rax
	jg	.L269
	je	.L264
	jl	.L277
.L271:
	jmp	.L283
	jl	.L274
	jmp	.L281
	jg	.L274
	jmp	.L274
	movb $1, %al
.L272:
	addq $100000, %rax
.L273:
	jl	.L270
	movb $1, %al
	.long 7
	addq $100000, %rax
.L274:
	nop
	jg	.L286
	leaq 8(%rsp), %rsp
	nop
	movl $1, %eax
	movb $1, %al
	jmp	.L282
	movb $1, %al
	nop
	je	.L265
.L275:
	jg	.L274
	jg	.L275
	addq $100000, %rax
	.long 7
	addq $100000, %rax
	jl	.L273
	nop
	jl	.L283
.L276:
.L277:
	leaq 8(%rsp), %rsp
	xorl %eax, %eax
	xorl %eax, %eax
.L278:
	jmp	.L282
.L279:
.L280:
	jmp	.L272
	.byte 1,2,3
	jl	.L278
	.long 7
	.byte 1,2,3
	jl	.L284
	addq $100000, %rax
	jg	.L282
	addq $100000, %rax
.L281:
	jl	.L278
	jmp	.L285
	jl	.L271
	xorl %eax, %eax
	addq $100000, %rax
	jmp	.L283
	xorl %eax, %eax
	.long 7
	.byte 1,2,3
	movb $1, %al
	jg	.L278
	leaq 8(%rsp), %rsp
	jne	.L280
.L282:
	leaq 8(%rsp), %rsp
	je	.L282
	jne	.L294
.L283:
.L284:
	jmp	.L295
	jl	.L281
	jl	.L291
	.byte 1,2,3
	jg	.L280
	xorl %eax, %eax
	jmp	.L284
	jg	.L279
	jg	.L276
	nop
.L285:
	jmp	.L288
	je	.L276
.L286:
	movl $1, %eax
.L287:
.L288:
	xorl %eax, %eax
.L289:
.L290:
.L291:
	jne	.L296
.L292:
	addq $100000, %rax
	je	.L289
.L293:
	jmp	.L290
	jg	.L282
	jl	.L301
.L294:
	jmp	.L293
	jne	.L306
.L295:
	jmp	.L297
	xorl %eax, %eax
	xorl %eax, %eax
	movb $1, %al
	.byte 1,2,3
	jg	.L287
	leaq 8(%rsp), %rsp
	.byte 1,2,3
	addq $100000, %rax
	.p2align 4,,10
	movl $1, %eax
	jne	.L304
.L296:
	jl	.L306
	movl $1, %eax
.L297:
	jne	.L298
.L298:
	movl $1, %eax
	addq $100000, %rax
	jmp	.L291
	leaq 8(%rsp), %rsp
.L299:
	movl $1, %eax
	jl	.L300
	addq $100000, %rax
	jl	.L307
	jmp	.L297
.L300:
.L301:
	movb $1, %al
	addq $100000, %rax
	jmp	.L303
	jmp	.L301
.L302:
	leaq 8(%rsp), %rsp
	.byte 1,2,3
	jmp	.L302
.L303:
.L304:
.L305:
	jl	.L297
.L306:
.L307:
	.byte 1,2,3
.L308:
	je	.L297
	addq $100000, %rax
	je	.L303
.L309:
	jg	.L301
	jl	.L309
.L310:
	movb $1, %al
.L311:
.L312:
.L313:
	movl $1, %eax
	leaq 8(%rsp), %rsp
	jmp	.L320
	jl	.L326
	je	.L304
	.byte 1,2,3
	jg	.L325
	jg	.L322
	.byte 1,2,3
	jne	.L316
	.long 7
	xorl %eax, %eax
.L314:
	jne	.L303
	.byte 1,2,3
	jl	.L324
	.byte 1,2,3
.L315:
	movl $1, %eax
	movb $1, %al
.L316:
	addq $100000, %rax
.L317:
	addq $100000, %rax
	jmp	.L318
	addq $100000, %rax
	leaq 8(%rsp), %rsp
	jne	.L308
	movl $1, %eax
	.byte 1,2,3
	addq $100000, %rax
	jmp	.L320
.L318:
	addq $100000, %rax
	xorl %eax, %eax
	jl	.L323
	nop
	nop
	je	.L322
.L319:
	jmp	.L310
	leaq 8(%rsp), %rsp
	nop
	leaq 8(%rsp), %rsp
	jne	.L318
	jmp	.L332
.L320:
	movb $1, %al
	jne	.L309
.L321:
.L322:
	.long 7
	movb $1, %al
.L323:
.L324:
	.byte 1,2,3
.L325:
.L326:
	je	.L326
	movl $1, %eax
	leaq 8(%rsp), %rsp
	jne	.L339
	jmp	.L320
.L327:
	jmp	.L340
	nop
	jl	.L333
	je	.L321
	movb $1, %al
	jl	.L338
	.long 7
	.byte 1,2,3
	xorl %eax, %eax
	jl	.L338
.L328:
	je	.L339
	jl	.L329
	je	.L332
	addq $100000, %rax
.L329:
.L330:
	.byte 1,2,3
	jmp	.L342
	.p2align 4
	nop
	jne	.L319
	movl $1, %eax
	jmp	.L341
	jl	.L332
	leaq 8(%rsp), %rsp
	movl $1, %eax
	movl $1, %eax
	je	.L342
	movb $1, %al
	.long 7
	.byte 1,2,3
	jmp	.L331
	xorl %eax, %eax
	jg	.L328
	.long 7
	movb $1, %al
	je	.L340
	jne	.L340
	jmp	.L336
	jne	.L339
	leaq 8(%rsp), %rsp
	xorl %eax, %eax
.L331:
	movl $1, %eax
	jl	.L341
	nop
	jmp	.L344
	jl	.L335
	jmp	.L325
	jmp	.L326
	movb $1, %al
.L332:
.L333:
	jne	.L337
.L334:
.L335:
	je	.L346
	addq $100000, %rax
	jmp	.L347
	xorl %eax, %eax
	jmp	.L334
	.p2align 4,,15
	.byte 1,2,3
	nop
	jmp	.L337
	xorl %eax, %eax
	jg	.L348
	jg	.L337
	.long 7
	leaq 8(%rsp), %rsp
	.balign 16,,7
	movl $1, %eax
	jl	.L340
.L336:
	jl	.L346
	xorl %eax, %eax
	jne	.L345
	.long 7
	leaq 8(%rsp), %rsp
	jl	.L326
.L337:
	jg	.L336
	je	.L336
	jne	.L350
	jg	.L330
	jg	.L346
	jg	.L339
	.long 7
	movb $1, %al
	.long 7
.L338:
	leaq 8(%rsp), %rsp
	jmp	.L342
	.p2align 3
	jl	.L347
	addq $100000, %rax
	jl	.L347
	.long 7
	.byte 1,2,3
	jl	.L329
.L339:
	addq $100000, %rax
	jl	.L336
	je	.L334
	jg	.L330
	movb $1, %al
	.long 7
	movl $1, %eax
	leaq 8(%rsp), %rsp
.L340:
	.long 7
	jne	.L344
	xorl %eax, %eax
	jmp	.L353
	jmp	.L346
	.p2align 4,,10
	.p2align 4,,10
	addq $100000, %rax
	jl	.L345
	xorl %eax, %eax
	je	.L353
	je	.L329
	movl $1, %eax
	xorl %eax, %eax
.L341:
	leaq 8(%rsp), %rsp
.L342:
	jmp	.L345
.L343:
	leaq 8(%rsp), %rsp
.L344:
	jg	.L343
	jne	.L357
	jg	.L343
	jne	.L357
.L345:
	xorl %eax, %eax
	movl $1, %eax
	.long 7
.L346:
	nop
	jmp	.L341
	nop
	addq $100000, %rax
	.byte 1,2,3
	.byte 1,2,3
.L347:
	.p2align 2
	xorl %eax, %eax
	movl $1, %eax
	.long 7
.L348:
	.long 7
	.byte 1,2,3
	nop
	.byte 1,2,3
.L349:
	jmp	.L354
	movl $1, %eax
	nop
	jl	.L355
	jne	.L348
	addq $100000, %rax
	movl $1, %eax
	jg	.L357
	jmp	.L346
.L350:
	je	.L344
	jmp	.L354
	jl	.L344
.L351:
	.p2align 2
	movl $1, %eax
	je	.L353
	.byte 1,2,3
	xorl %eax, %eax
	je	.L343
	.p2align 4,,10
	jl	.L353
.L352:
	xorl %eax, %eax
	.p2align 5,,3
	jl	.L356
	jl	.L344
	.long 7
	jne	.L341
	jmp	.L352
	.long 7
	jmp	.L351
	addq $100000, %rax
	jmp	.L361
	je	.L351
	movb $1, %al
	movb $1, %al
	jmp	.L362
.L353:
	leaq 8(%rsp), %rsp
	.byte 1,2,3
	movl $1, %eax
	.byte 1,2,3
.L354:
	addq $100000, %rax
.L355:
.L356:
	xorl %eax, %eax
.L357:
	jl	.L358
	xorl %eax, %eax
	jmp	.L350
	xorl %eax, %eax
	jne	.L363
.L358:
.L359:
	jmp	.L348
	nop
.L360:
	jmp	.L372
.L361:
	xorl %eax, %eax
.L362:
	leaq 8(%rsp), %rsp
	nop
.L363:
	movb $1, %al
	.byte 1,2,3
	jg	.L365
	.long 7
	jmp	.L361
.L364:
	xorl %eax, %eax
	je	.L376
	xorl %eax, %eax
	movl $1, %eax
	xorl %eax, %eax
	jmp	.L354
	jg	.L360
	leaq 8(%rsp), %rsp
	jl	.L368
	jne	.L362
.L365:
	addq $100000, %rax
	.long 7
	nop
	.long 7
	jmp	.L371
	movb $1, %al
	jmp	.L374
	.long 7
	addq $100000, %rax
	jmp	.L377
.L366:
	je	.L361
	movl $1, %eax
	xorl %eax, %eax
	movb $1, %al
	movl $1, %eax
	leaq 8(%rsp), %rsp
	.byte 1,2,3
	jl	.L358
	jl	.L377
	jg	.L364
	je	.L367
	nop
	jne	.L364
	jne	.L374
	jmp	.L357
.L367:
	movb $1, %al
.L368:
	.p2align 2
	jl	.L372
	jg	.L362
	jne	.L375
	.long 7
	xorl %eax, %eax
	.long 7
	jg	.L366
.L369:
	jg	.L381
	jmp	.L381
	xorl %eax, %eax
	jg	.L382
.L370:
.L371:
	jne	.L382
	jne	.L370
	movb $1, %al
.L372:
	je	.L384
.L373:
.L374:
	movb $1, %al
	jne	.L368
	.byte 1,2,3
	.p2align 2
	nop
	leaq 8(%rsp), %rsp
	nop
	leaq 8(%rsp), %rsp
	.p2align 4
	jmp	.L367
	addq $100000, %rax
	addq $100000, %rax
	jmp	.L366
.L375:
	jl	.L375
.L376:
	.byte 1,2,3
	movb $1, %al
	jmp	.L385
	jmp	.L373
	jl	.L385
	jl	.L373
	je	.L366
.L377:
	jmp	.L373
	jne	.L372
	movl $1, %eax
	jne	.L386
	movl $1, %eax
	jl	.L371
	addq $100000, %rax
	je	.L374
	xorl %eax, %eax
	movb $1, %al
.L378:
.L379:
	addq $100000, %rax
.L380:
	leaq 8(%rsp), %rsp
	.long 7
.L381:
	addq $100000, %rax
.L382:
	jmp	.L393
	addq $100000, %rax
	xorl %eax, %eax
	movl $1, %eax
	.long 7
	.long 7
	jg	.L391
	addq $100000, %rax
	movl $1, %eax
.L383:
.L384:
	leaq 8(%rsp), %rsp
	movb $1, %al
	je	.L377
	movb $1, %al
	xorl %eax, %eax
	je	.L380
.L385:
.L386:
	addq $100000, %rax
.L387:
	jmp	.L394
	jne	.L385
	jg	.L389
	jmp	.L383
	xorl %eax, %eax
	jmp	.L400
	jne	.L384
	movb $1, %al
	jne	.L389
	jl	.L397
	jmp	.L386
	leaq 8(%rsp), %rsp
.L388:
.L389:
	jmp	.L385
	xorl %eax, %eax
	jmp	.L378
	jl	.L398
	jg	.L381
.L390:
	addq $100000, %rax
	movb $1, %al
	leaq 8(%rsp), %rsp
	jg	.L382
	movl $1, %eax
	movl $1, %eax
.L391:
.L392:
.L393:
.L394:
.L395:
.L396:
	jl	.L409
	jmp	.L400
	leaq 8(%rsp), %rsp
	nop
	.long 7
	addq $100000, %rax
	.p2align 2
	je	.L401
	.byte 1,2,3
.L397:
	jl	.L404
	jg	.L397
	jg	.L396
.L398:
	movl $1, %eax
	.p2align 3
.L399:
.L400:
	movl $1, %eax
	nop
	.byte 1,2,3
.L401:
	jmp	.L393
.L402:
	jg	.L399
	jne	.L407
	jg	.L391
.L403:
	.byte 1,2,3
	jg	.L415
	jmp	.L407
	nop
	je	.L395
	.balign 16,,7
	xorl %eax, %eax
	jmp	.L395
	.balign 16,,7
	.byte 1,2,3
.L404:
.L405:
.L406:
	.p2align 2
	jmp	.L412
	jl	.L415
	movb $1, %al
	.p2align 4,,10
	.long 7
	movl $1, %eax
	.p2align 4
.L407:
.L408:
.L409:
	movb $1, %al
	.p2align 5,,3
	xorl %eax, %eax
	je	.L398
	xorl %eax, %eax
	movb $1, %al
.L410:
.L411:
	jl	.L418
.L412:
	movb $1, %al
	jmp	.L415
	movb $1, %al
	jne	.L423
.L413:
	jmp	.L426
	jl	.L415
.L414:
	jmp	.L424
	movb $1, %al
.L415:
	jne	.L406
	addq $100000, %rax
	leaq 8(%rsp), %rsp
	movl $1, %eax
	jl	.L410
	jmp	.L407
	jne	.L426
	nop
.L416:
	je	.L415
.L417:
	nop
	.byte 1,2,3
.L418:
	jg	.L420
	.byte 1,2,3
	jmp	.L427
	movl $1, %eax
	.long 7
.L419:
.L420:
.L421:
.L422:
	.p2align 3
	nop
	.long 7
	jg	.L424
	jmp	.L434
	addq $100000, %rax
	movb $1, %al
	jmp	.L427
	.p2align 3
.L423:
.L424:
	movl $1, %eax
	movl $1, %eax
	xorl %eax, %eax
.L425:
	addq $100000, %rax
	je	.L414
	movb $1, %al
	.byte 1,2,3
.L426:
	jne	.L435
	jmp	.L430
.L427:
	jmp	.L424
	jg	.L424
	addq $100000, %rax
	je	.L439
	jmp	.L431
	leaq 8(%rsp), %rsp
.L428:
	movl $1, %eax
.L429:
	je	.L424
	jl	.L431
	jmp	.L430
	jg	.L429
	jmp	.L434
.L430:
.L431:
	jne	.L438
	addq $100000, %rax
	.byte 1,2,3
	jg	.L433
.L432:
	movb $1, %al
.L433:
	nop
	nop
.L434:
.L435:
	.p2align 3
	jmp	.L437
	jmp	.L427
	addq $100000, %rax
	.byte 1,2,3
.L436:
	xorl %eax, %eax
.L437:
.L438:
	.long 7
	leaq 8(%rsp), %rsp
	jne	.L444
	leaq 8(%rsp), %rsp
	.long 7
	jl	.L444
	je	.L447
	jl	.L433
	jne	.L437
	.p2align 5,,3
.L439:
	jmp	.L438
	addq $100000, %rax
	je	.L445
	.long 7
	jne	.L428
	.p2align 2
	jl	.L439
	leaq 8(%rsp), %rsp
	addq $100000, %rax
	.byte 1,2,3
	xorl %eax, %eax
	jg	.L434
.L440:
	.p2align 4,,10
	movb $1, %al
	addq $100000, %rax
	.byte 1,2,3
	.long 7
	movl $1, %eax
	jg	.L442
	movl $1, %eax
	.p2align 4,,15
.L441:
	jl	.L452
	addq $100000, %rax
	je	.L448
	xorl %eax, %eax
	movl $1, %eax
	movb $1, %al
	jne	.L454
	jg	.L446
	jg	.L449
	jg	.L431
.L442:
	.long 7
	movb $1, %al
	jne	.L441
	jmp	.L432
.L443:
.L444:
	jl	.L451
	jmp	.L451
.L445:
.L446:
.L447:
	jg	.L448
	jmp	.L450
.L448:
	addq $100000, %rax
	.p2align 3
	.long 7
.L449:
	jmp	.L439
	.long 7
.L450:
.L451:
	jg	.L447
	jmp	.L446
	movb $1, %al
.L452:
	.p2align 4,,15
	jg	.L463
.L453:
	jmp	.L444
	jl	.L446
.L454:
.L455:
	movl $1, %eax
	.long 7
	je	.L468
	jmp	.L448
	je	.L455
	jg	.L446
	.long 7
	jmp	.L455
	.long 7
	jne	.L467
.L456:
.L457:
	jmp	.L462
	leaq 8(%rsp), %rsp
	leaq 8(%rsp), %rsp
	jg	.L457
.L458:
	nop
	addq $100000, %rax
	movl $1, %eax
	movb $1, %al
	leaq 8(%rsp), %rsp
	jne	.L466
.L459:
	jmp	.L459
	addq $100000, %rax
.L460:
.L461:
	leaq 8(%rsp), %rsp
	jg	.L455
.L462:
	jne	.L467
	jmp	.L471
	xorl %eax, %eax
.L463:
	jg	.L473
	jmp	.L454
.L464:
	jg	.L470
	addq $100000, %rax
.L465:
	leaq 8(%rsp), %rsp
	leaq 8(%rsp), %rsp
	movb $1, %al
.L466:
.L467:
	xorl %eax, %eax
	leaq 8(%rsp), %rsp
	jmp	.L471
	je	.L477
	nop
	leaq 8(%rsp), %rsp
	.p2align 4,,15
	.long 7
	jl	.L460
	jne	.L464
	jl	.L471
.L468:
	jmp	.L465
	movl $1, %eax
	movb $1, %al
	jmp	.L473
	.p2align 4,,15
	jmp	.L457
.L469:
.L470:
	nop
	jg	.L460
	.long 7
	jmp	.L472
	movb $1, %al
	leaq 8(%rsp), %rsp
	jmp	.L461
	xorl %eax, %eax
	addq $100000, %rax
.L471:
.L472:
.L473:
	addq $100000, %rax
	jmp	.L479
	jl	.L467
	leaq 8(%rsp), %rsp
	nop
.L474:
	jl	.L482
.L475:
	jg	.L483
.L476:
	.byte 1,2,3
.L477:
.L478:
.L479:
	jmp	.L483
	jl	.L474
	je	.L488
	.byte 1,2,3
	.byte 1,2,3
.L480:
.L481:
	xorl %eax, %eax
.L482:
	jl	.L472
	.balign 16,,7
	jmp	.L489
	.long 7
	addq $100000, %rax
	movl $1, %eax
	.byte 1,2,3
.L483:
	movl $1, %eax
	.p2align 4
	jl	.L476
	jne	.L482
	movl $1, %eax
	addq $100000, %rax
	movb $1, %al
	.long 7
	nop
	jmp	.L490
	jg	.L472
	.long 7
	.p2align 3
	.long 7
	jmp	.L494
	je	.L485
.L484:
	jne	.L479
	je	.L477
	jl	.L473
	jl	.L473
	jl	.L477
	leaq 8(%rsp), %rsp
.L485:
	je	.L485
	jl	.L475
	jl	.L486
	je	.L497
.L486:
	movb $1, %al
	jl	.L496
	leaq 8(%rsp), %rsp
.L487:
	.p2align 5,,3
.L488:
	.long 7
	jg	.L479
	xorl %eax, %eax
	.p2align 5,,3
.L489:
	movb $1, %al
	.long 7
	jmp	.L482
	jne	.L482
	movl $1, %eax
	jl	.L489
	nop
	movb $1, %al
	nop
	jg	.L485
	.byte 1,2,3
	.byte 1,2,3
	jg	.L492
.L490:
	.balign 16,,7
	jmp	.L489
	xorl %eax, %eax
	jmp	.L500
	jmp	.L493
	.byte 1,2,3
	.balign 16,,7
	leaq 8(%rsp), %rsp
	nop
	jl	.L481
	jg	.L494
	jne	.L500
	jne	.L503
.L491:
	.byte 1,2,3
	jne	.L495
	leaq 8(%rsp), %rsp
	je	.L492
	je	.L490
	jmp	.L482
.L492:
	xorl %eax, %eax
	jmp	.L493
	movl $1, %eax
	.long 7
	jl	.L491
	.p2align 4,,10
	addq $100000, %rax
	jl	.L491
	jl	.L488
	nop
	jne	.L496
	.long 7
	je	.L494
	jg	.L492
	je	.L505
	.p2align 2
	addq $100000, %rax
	leaq 8(%rsp), %rsp
	addq $100000, %rax
	movb $1, %al
	xorl %eax, %eax
	jg	.L482
	jl	.L495
	jl	.L488
	movb $1, %al
	jmp	.L495
	.balign 16,,7
	.byte 1,2,3
.L493:
	nop
	.byte 1,2,3
	.p2align 3
	movb $1, %al
	jl	.L485
	movl $1, %eax
	nop
	jmp	.L501
	jmp	.L488
	.byte 1,2,3
	jne	.L500
	addq $100000, %rax
	je	.L488
	.long 7
	jne	.L498
.L494:
	jmp	.L504
	nop
	addq $100000, %rax
	.p2align 2
.L495:
	jg	.L506
	jg	.L501
.L496:
.L497:
	movl $1, %eax
	je	.L508
	jne	.L491
	jl	.L508
	jg	.L486
	jg	.L509
.L498:
.L499:
	.long 7
	movb $1, %al
.L500:
	.p2align 5,,3
	jg	.L506
	jmp	.L497
.L501:
	leaq 8(%rsp), %rsp
	leaq 8(%rsp), %rsp
	xorl %eax, %eax
.L502:
	je	.L491
	.long 7
	jne	.L496
	addq $100000, %rax
	xorl %eax, %eax
	jmp	.L512
	jne	.L497
.L503:
	jmp	.L494
	jmp	.L501
.L504:
	jmp	.L508
.L505:
	jmp	.L497
	movl $1, %eax
	jmp	.L495
	.long 7
	leaq 8(%rsp), %rsp
	jg	.L498
	jg	.L506
	jg	.L501
	jmp	.L514
	jg	.L516
	jl	.L511
	movl $1, %eax
	jmp	.L502
	.byte 1,2,3
	movl $1, %eax
	jl	.L509
	jl	.L499
	leaq 8(%rsp), %rsp
	jmp	.L507
	addq $100000, %rax
.L506:
.L507:
	je	.L509
	leaq 8(%rsp), %rsp
	.long 7
	jmp	.L503
	xorl %eax, %eax
	je	.L503
	jmp	.L506
	jmp	.L508
.L508:
	movl $1, %eax
	jne	.L499
.L509:
	nop
	nop
	jmp	.L505
	addq $100000, %rax
.L510:
.L511:
	jg	.L503
	jmp	.L513
.L512:
	je	.L509
.L513:
.L514:
.L515:
	jmp	.L526
	nop
	jl	.L508
	leaq 8(%rsp), %rsp
	.long 7
.L516:
	jmp	.L516
.L517:
	jl	.L513
	.long 7
	addq $100000, %rax
	addq $100000, %rax
	jmp	.L515
	xorl %eax, %eax
	xorl %eax, %eax
.L518:
	jmp	.L518
	nop
	nop
.L519:
	addq $100000, %rax
	.long 7
	jl	.L519
	jg	.L523
	movb $1, %al
	jmp	.L515
	jl	.L520
	jmp	.L522
	jne	.L513
.L520:
	leaq 8(%rsp), %rsp
	jne	.L510
	movb $1, %al
	nop
	je	.L521
	jne	.L511
	addq $100000, %rax
.L521:
.L522:
.L523:
	.p2align 5,,3
	jne	.L533
.L524:
	movl $1, %eax
	movl $1, %eax
	jg	.L526
.L525:
	jne	.L531
	leaq 8(%rsp), %rsp
.L526:
	je	.L519
.L527:
	jmp	.L532
.L528:
	leaq 8(%rsp), %rsp
	jmp	.L539
	jg	.L525
	addq $100000, %rax
	movb $1, %al
	.long 7
	jmp	.L538
	.long 7
	.long 7
.L529:
.L530:
	jne	.L532
	jmp	.L525
	movb $1, %al
	xorl %eax, %eax
	jg	.L524
	leaq 8(%rsp), %rsp
	jl	.L543
.L531:
	jmp	.L527
.L532:
	jmp	.L523
	jl	.L531
.L533:
	jl	.L523
	jmp	.L539
.L534:
	jl	.L544
	movb $1, %al
	jg	.L542
	jg	.L534
	jl	.L525
	jne	.L530
	jg	.L540
	leaq 8(%rsp), %rsp
	jl	.L527
.L535:
.L536:
	.balign 16,,7
	jl	.L545
	nop
	jmp	.L529
.L537:
	nop
	leaq 8(%rsp), %rsp
	xorl %eax, %eax
.L538:
	.p2align 4,,15
	jg	.L527
.L539:
	jg	.L551
	addq $100000, %rax
	jne	.L546
	nop
	movb $1, %al
	xorl %eax, %eax
	jg	.L550
	.balign 16,,7
	leaq 8(%rsp), %rsp
	jmp	.L533
	jmp	.L543
	xorl %eax, %eax
	xorl %eax, %eax
.L540:
	.byte 1,2,3
	movb $1, %al
	.p2align 5,,3
	movl $1, %eax
	jne	.L540
	movl $1, %eax
	leaq 8(%rsp), %rsp
.L541:
	.byte 1,2,3
	movb $1, %al
	movb $1, %al
	je	.L531
	jmp	.L532
	movb $1, %al
	jne	.L543
	jmp	.L532
	je	.L530
	addq $100000, %rax
.L542:
	movl $1, %eax
	jl	.L541
	.long 7
.L543:
	xorl %eax, %eax
	addq $100000, %rax
.L544:
	xorl %eax, %eax
	jl	.L540
	addq $100000, %rax
	movl $1, %eax
	.byte 1,2,3
	je	.L548
	jne	.L534
	addq $100000, %rax
	leaq 8(%rsp), %rsp
	jmp	.L542
	.long 7
	.byte 1,2,3
.L545:
.L546:
	xorl %eax, %eax
	jne	.L553
	movb $1, %al
	nop
	nop
.L547:
	jmp	.L537
	jg	.L554
	jmp	.L548
	nop
	je	.L555
	jl	.L560
	jmp	.L553
	.byte 1,2,3
	jg	.L536
	leaq 8(%rsp), %rsp
	jmp	.L546
	jmp	.L554
	addq $100000, %rax
	.byte 1,2,3
.L548:
	jl	.L544
	movb $1, %al
.L549:
	jg	.L553
	jmp	.L553
	leaq 8(%rsp), %rsp
	jg	.L559
.L550:
.L551:
	xorl %eax, %eax
	xorl %eax, %eax
	je	.L558
	movl $1, %eax
.L552:
	je	.L554
	jg	.L558
	jne	.L556
	movl $1, %eax
	jmp	.L547
.L553:
	nop
	xorl %eax, %eax
	leaq 8(%rsp), %rsp
	addq $100000, %rax
	leaq 8(%rsp), %rsp
	addq $100000, %rax
	.long 7
	je	.L564
	xorl %eax, %eax
	nop
	jne	.L550
	.p2align 4,,15
.L554:
.L555:
	jne	.L561
.L556:
.L557:
	leaq 8(%rsp), %rsp
	jl	.L553
.L558:
	leaq 8(%rsp), %rsp
	xorl %eax, %eax
	jmp	.L565
.L559:
	leaq 8(%rsp), %rsp
	jl	.L564
.L560:
	jl	.L560
	nop
	addq $100000, %rax
	.long 7
	je	.L573
	jne	.L571
	.long 7
	movb $1, %al
	leaq 8(%rsp), %rsp
	jmp	.L563
	jmp	.L563
	je	.L567
	jmp	.L559
.L561:
	je	.L563
	leaq 8(%rsp), %rsp
	nop
.L562:
.L563:
	je	.L569
	.p2align 4,,10
	jl	.L552
	nop
.L564:
	je	.L562
	jne	.L564
	movl $1, %eax
.L565:
	jne	.L554
	jmp	.L572
	jmp	.L575
	jg	.L566
	jl	.L570
	xorl %eax, %eax
	jl	.L565
	.long 7
.L566:
.L567:
.L568:
	je	.L572
	jmp	.L560
	leaq 8(%rsp), %rsp
	.long 7
	jmp	.L571
	jmp	.L580
	jl	.L568
	.byte 1,2,3
	leaq 8(%rsp), %rsp
	jl	.L564
	jl	.L565
.L569:
.L570:
	.byte 1,2,3
	addq $100000, %rax
	addq $100000, %rax
.L571:
	jmp	.L565
	movb $1, %al
.L572:
	je	.L581
	jmp	.L579
	.long 7
	addq $100000, %rax
	jne	.L562
	jmp	.L564
	jl	.L576
	addq $100000, %rax
.L573:
	nop
	jmp	.L565
	jmp	.L581
	.byte 1,2,3
	jne	.L572
	nop
	movl $1, %eax
	.p2align 4,,15
	.long 7
	movb $1, %al
	jl	.L566
	jmp	.L564
.L574:
	jmp	.L567
	.long 7
	xorl %eax, %eax
	jne	.L571
.L575:
	je	.L576
.L576:
.L577:
	movl $1, %eax
	jne	.L572
	.byte 1,2,3
.L578:
.L579:
	addq $100000, %rax
	xorl %eax, %eax
	jmp	.L591
	.byte 1,2,3
	jl	.L571
	jne	.L572
	jne	.L571
	je	.L568
	jl	.L569
	leaq 8(%rsp), %rsp
.L580:
	jmp	.L575
.L581:
	jl	.L580
	addq $100000, %rax
	jmp	.L575
	jl	.L572
	.long 7
.L582:
.L583:
	xorl %eax, %eax
	jg	.L574
	jl	.L588
	jg	.L596
.L584:
	nop
	jmp	.L574
	jg	.L576
	movb $1, %al
.L585:
	.p2align 3
	jmp	.L577
	xorl %eax, %eax
	.byte 1,2,3
	movb $1, %al
	movl $1, %eax
	jl	.L593
	xorl %eax, %eax
	nop
	jmp	.L591
	addq $100000, %rax
.L586:
.L587:
.L588:
	movl $1, %eax
	jne	.L595
	.byte 1,2,3
	jg	.L595
	jmp	.L589
	movb $1, %al
	je	.L594
	xorl %eax, %eax
	movl $1, %eax
	jg	.L583
	nop
.L589:
	jne	.L601
	jl	.L601
	jmp	.L578
	.p2align 4
	jmp	.L602
.L590:
	jl	.L603
	jmp	.L602
	jmp	.L602
.L591:
	.p2align 3
	je	.L584
	movb $1, %al
	jmp	.L589
	nop
	leaq 8(%rsp), %rsp
	jg	.L587
	je	.L601
	jne	.L595
.L592:
	jg	.L587
	je	.L596
	jmp	.L605
	xorl %eax, %eax
	.long 7
.L593:
	jmp	.L584
	movb $1, %al
	jne	.L585
.L594:
	jl	.L602
	jl	.L585
	jne	.L606
	leaq 8(%rsp), %rsp
	leaq 8(%rsp), %rsp
	movb $1, %al
	xorl %eax, %eax
	.byte 1,2,3
	jl	.L591
	addq $100000, %rax
.L595:
	jmp	.L589
	jne	.L590
	jmp	.L605
	je	.L603
	jg	.L584
	addq $100000, %rax
	jl	.L593
.L596:
	jmp	.L592
	movb $1, %al
	addq $100000, %rax
	jmp	.L588
	jg	.L599
.L597:
	jg	.L605
.L598:
.L599:
	.balign 16,,7
	jl	.L601
.L600:
	jmp	.L604
	nop
	jmp	.L593
	.long 7
	.byte 1,2,3
	.long 7
.L601:
	.byte 1,2,3
	xorl %eax, %eax
.L602:
.L603:
	jne	.L598
	.long 7
	addq $100000, %rax
	leaq 8(%rsp), %rsp
.L604:
	.long 7
	movl $1, %eax
.L605:
	movb $1, %al
	jne	.L606
	jmp	.L602
	movl $1, %eax
	.byte 1,2,3
	movl $1, %eax
	jg	.L604
	nop
	.p2align 2
	movl $1, %eax
	je	.L611
	xorl %eax, %eax
.L606:
	jne	.L619
.L607:
	xorl %eax, %eax
	movb $1, %al
	movl $1, %eax
	jg	.L615
.L608:
	je	.L599
	nop
	addq $100000, %rax
	jg	.L617
	movb $1, %al
	movl $1, %eax
	jmp	.L613
.L609:
	.byte 1,2,3
.L610:
	xorl %eax, %eax
	xorl %eax, %eax
	xorl %eax, %eax
.L611:
.L612:
.L613:
.L614:
	jl	.L622
	movl $1, %eax
.L615:
	.long 7
.L616:
	leaq 8(%rsp), %rsp
	jl	.L617
	leaq 8(%rsp), %rsp
	jl	.L620
	movb $1, %al
	nop
	jmp	.L626
.L617:
.L618:
	jl	.L607
	xorl %eax, %eax
	je	.L618
	.long 7
	xorl %eax, %eax
	jmp	.L621
.L619:
	.p2align 3
	movb $1, %al
	jne	.L625
	jl	.L609
	addq $100000, %rax
	je	.L629
	jg	.L624
	jmp	.L625
	movb $1, %al
	movl $1, %eax
	movl $1, %eax
	je	.L615
	jl	.L628
.L620:
	addq $100000, %rax
	nop
	jmp	.L613
	movb $1, %al
.L621:
	jmp	.L614
	xorl %eax, %eax
	jmp	.L627
.L622:
	xorl %eax, %eax
.L623:
	jne	.L614
	addq $100000, %rax
	movl $1, %eax
	.p2align 5,,3
	movb $1, %al
	.byte 1,2,3
	jl	.L620
	jmp	.L622
.L624:
.L625:
	xorl %eax, %eax
	je	.L625
	jg	.L624
	je	.L628
	jne	.L615
	jl	.L626
	xorl %eax, %eax
	nop
	jmp	.L624
	jl	.L626
	.p2align 5,,3
	jg	.L633
	jg	.L624
	leaq 8(%rsp), %rsp
	jne	.L630
.L626:
	movb $1, %al
.L627:
	jg	.L631
	jmp	.L624
	jmp	.L622
	addq $100000, %rax
.L628:
	jl	.L624
	.p2align 4,,10
	xorl %eax, %eax
	jne	.L624
	jl	.L630
	jne	.L640
	.long 7
	leaq 8(%rsp), %rsp
.L629:
	jmp	.L634
.L630:
.L631:
	leaq 8(%rsp), %rsp
	je	.L626
	.long 7
.L632:
	movl $1, %eax
	addq $100000, %rax
	nop
.L633:
	.long 7
	.byte 1,2,3
	jmp	.L643
	nop
	jg	.L641
	jg	.L643
	.long 7
	.long 7
.L634:
	jmp	.L635
	xorl %eax, %eax
	jmp	.L633
.L635:
	jl	.L645
.L636:
.L637:
	jmp	.L637
.L638:
	.byte 1,2,3
	jmp	.L647
	addq $100000, %rax
	je	.L643
	jmp	.L650
.L639:
	.byte 1,2,3
.L640:
	xorl %eax, %eax
	.byte 1,2,3
	jl	.L653
.L641:
	jmp	.L633
.L642:
.L643:
	jl	.L644
	movb $1, %al
	nop
	xorl %eax, %eax
	movb $1, %al
.L644:
	nop
	jmp	.L634
	jl	.L635
	.p2align 5,,3
	nop
.L645:
	jmp	.L649
	nop
.L646:
	jg	.L652
	jne	.L658
	.long 7
	je	.L654
	.byte 1,2,3
	movb $1, %al
	jmp	.L641
	movb $1, %al
.L647:
	.byte 1,2,3
	jmp	.L642
.L648:
.L649:
.L650:
.L651:
.L652:
	jmp	.L661
	jg	.L650
.L653:
.L654:
.L655:
	jmp	.L646
	movb $1, %al
.L656:
	movb $1, %al
.L657:
.L658:
	addq $100000, %rax
.L659:
	addq $100000, %rax
	nop
	jmp	.L659
	leaq 8(%rsp), %rsp
	nop
.L660:
	addq $100000, %rax
	jne	.L652
	xorl %eax, %eax
	jl	.L650
.L661:
	leaq 8(%rsp), %rsp
	nop
	movl $1, %eax
	jl	.L668
	.long 7
.L662:
	jne	.L657
.L663:
.L664:
	jg	.L669
.L665:
	jmp	.L654
.L666:
.L667:
	jmp	.L665
	movb $1, %al
.L668:
	jl	.L664
	je	.L669
	jmp	.L671
	leaq 8(%rsp), %rsp
	.byte 1,2,3
	je	.L668
	.byte 1,2,3
	.p2align 4,,10
	jmp	.L666
	.long 7
.L669:
	leaq 8(%rsp), %rsp
	.long 7
	jl	.L668
	addq $100000, %rax
.L670:
	jmp	.L682
.L671:
	je	.L664
	jl	.L673
.L672:
	movb $1, %al
.L673:
	jg	.L684
	movl $1, %eax
	jne	.L672
	.byte 1,2,3
	jne	.L669
.L674:
	.p2align 2
	addq $100000, %rax
.L675:
	addq $100000, %rax
	jne	.L687
	.p2align 4,,10
.L676:
	jl	.L674
.L677:
	je	.L678
	movb $1, %al
.L678:
	leaq 8(%rsp), %rsp
	leaq 8(%rsp), %rsp
	leaq 8(%rsp), %rsp
	nop
	jmp	.L687
	movb $1, %al
	movl $1, %eax
	nop
.L679:
.L680:
.L681:
	leaq 8(%rsp), %rsp
	jl	.L670
	jmp	.L693
	xorl %eax, %eax
	jg	.L681
	movl $1, %eax
	.byte 1,2,3
	jmp	.L680
	jmp	.L685
	movl $1, %eax
	addq $100000, %rax
.L682:
	je	.L680
	.long 7
	nop
	nop
	addq $100000, %rax
	leaq 8(%rsp), %rsp
	leaq 8(%rsp), %rsp
.L683:
	jmp	.L680
	jmp	.L688
.L684:
	movl $1, %eax
	.byte 1,2,3
	jmp	.L683
	jg	.L681
	jmp	.L681
	jmp	.L676
	je	.L677
	leaq 8(%rsp), %rsp
	jne	.L690
	.p2align 4,,15
	xorl %eax, %eax
.L685:
.L686:
.L687:
	nop
.L688:
.L689:
	xorl %eax, %eax
	.p2align 2
	jmp	.L695
	jl	.L691
	addq $100000, %rax
	xorl %eax, %eax
	je	.L693
	jmp	.L700
.L690:
	leaq 8(%rsp), %rsp
.L691:
	jmp	.L703
.L692:
	jg	.L682
	.p2align 4
	xorl %eax, %eax
.L693:
	jl	.L692
	movl $1, %eax
	je	.L688
	jmp	.L694
	jg	.L683
.L694:
	jne	.L701
	jl	.L691
	jmp	.L704
	jg	.L691
.L695:
	jne	.L684
	movb $1, %al
	jmp	.L690
	jg	.L689
	jmp	.L690
.L696:
	movl $1, %eax
	leaq 8(%rsp), %rsp
	leaq 8(%rsp), %rsp
	jl	.L702
	movb $1, %al
	addq $100000, %rax
	movl $1, %eax
	addq $100000, %rax
	addq $100000, %rax
	xorl %eax, %eax
	movb $1, %al
	movl $1, %eax
	xorl %eax, %eax
	jmp	.L708
	nop
	leaq 8(%rsp), %rsp
	.p2align 4,,15
	.long 7
	jne	.L687
	.byte 1,2,3
	leaq 8(%rsp), %rsp
	leaq 8(%rsp), %rsp
	xorl %eax, %eax
.L697:
	.long 7
	movb $1, %al
	.long 7
.L698:
	nop
.L699:
	je	.L701
	.long 7
	nop
	je	.L711
	je	.L709
.L700:
	jne	.L702
	jne	.L705
	jl	.L697
	jl	.L710
	je	.L689
.L701:
.L702:
	je	.L701
	addq $100000, %rax
	nop
	.p2align 2
.L703:
	jmp	.L708
	jg	.L701
	.p2align 3
	xorl %eax, %eax
	.p2align 5,,3
	movl $1, %eax
	movl $1, %eax
.L704:
	.byte 1,2,3
	movl $1, %eax
	addq $100000, %rax
	jg	.L702
	.long 7
	jmp	.L708
.L705:
	.long 7
	jne	.L712
	movb $1, %al
	jl	.L709
	addq $100000, %rax
.L706:
	leaq 8(%rsp), %rsp
	nop
	je	.L714
	.byte 1,2,3
	xorl %eax, %eax
	.byte 1,2,3
	jmp	.L696
	jg	.L715
	je	.L702
	jne	.L697
	xorl %eax, %eax
	jl	.L715
	jmp	.L719
	jmp	.L713
	jg	.L719
.L707:
	jmp	.L719
	je	.L707
.L708:
	leaq 8(%rsp), %rsp
	.long 7
	jl	.L701
	jne	.L708
.L709:
	jmp	.L722
	nop
	jmp	.L719
	.byte 1,2,3
	je	.L722
.L710:
	.byte 1,2,3
.L711:
	je	.L714
	jmp	.L707
.L712:
	je	.L718
	jne	.L706
	jne	.L722
.L713:
	jmp	.L707
.L714:
	.long 7
	jl	.L707
	jl	.L721
	.p2align 4,,10
	jg	.L720
	jmp	.L706
	addq $100000, %rax
	addq $100000, %rax
	movb $1, %al
	jg	.L703
	nop
	.long 7
	jl	.L722
	.byte 1,2,3
	jmp	.L726
	.balign 16,,7
	leaq 8(%rsp), %rsp
	jmp	.L725
	.long 7
.L715:
	leaq 8(%rsp), %rsp
	movb $1, %al
	movl $1, %eax
	nop
	.byte 1,2,3
	je	.L712
	.byte 1,2,3
.L716:
	nop
	.p2align 2
	xorl %eax, %eax
	jg	.L713
	movb $1, %al
	jg	.L713
	jmp	.L713
	movb $1, %al
	.long 7
.L717:
	.byte 1,2,3
	addq $100000, %rax
	jne	.L708
	.byte 1,2,3
	jmp	.L707
	jl	.L706
.L718:
	addq $100000, %rax
	jmp	.L725
	movl $1, %eax
	.byte 1,2,3
	.long 7
	.long 7
	jmp	.L729
	nop
	.byte 1,2,3
.L719:
	leaq 8(%rsp), %rsp
	addq $100000, %rax
	jmp	.L721
	jne	.L715
	jl	.L732
	nop
	jne	.L726
.L720:
.L721:
	.long 7
	jl	.L731
	addq $100000, %rax
	.byte 1,2,3
	addq $100000, %rax
	.long 7
	jl	.L711
.L722:
	jl	.L727
	jl	.L733
.L723:
	jmp	.L730
	xorl %eax, %eax
	jg	.L725
	.long 7
	.long 7
	jmp	.L726
	.p2align 4
	jl	.L734
	xorl %eax, %eax
.L724:
	.p2align 2
	jl	.L722
.L725:
	.p2align 2
	.long 7
	jne	.L714
	movl $1, %eax
	.byte 1,2,3
	leaq 8(%rsp), %rsp
	je	.L729
	.p2align 2
	.p2align 3
	xorl %eax, %eax
	jg	.L715
	.long 7
.L726:
	movb $1, %al
	leaq 8(%rsp), %rsp
	jl	.L724
	jmp	.L726
.L727:
	jne	.L739
	jmp	.L736
	movb $1, %al
	movb $1, %al
	jmp	.L739
	jg	.L732
	.long 7
	jl	.L724
.L728:
	jl	.L728
	.long 7
	movl $1, %eax
	jmp	.L725
.L729:
	je	.L734
	nop
	jmp	.L718
	movl $1, %eax
	.p2align 2
.L730:
	jne	.L734
	jg	.L741
	jne	.L723
	movl $1, %eax
.L731:
	jl	.L724
	.long 7
	addq $100000, %rax
	jmp	.L741
	jne	.L724
	xorl %eax, %eax
	.p2align 3
	.p2align 3
.L732:
.L733:
	.byte 1,2,3
	xorl %eax, %eax
.L734:
	jl	.L739
.L735:
	movl $1, %eax
	addq $100000, %rax
	jmp	.L735
	jmp	.L732
.L736:
	jg	.L740
	jmp	.L749
.L737:
	jne	.L736
	je	.L728
	.long 7
	leaq 8(%rsp), %rsp
	xorl %eax, %eax
.L738:
	je	.L736
	xorl %eax, %eax
	.p2align 4,,15
	nop
	.byte 1,2,3
	movl $1, %eax
	jg	.L742
	nop
.L739:
	jmp	.L751
	leaq 8(%rsp), %rsp
	jg	.L732
	.byte 1,2,3
	je	.L749
	addq $100000, %rax
	movb $1, %al
	jmp	.L749
	.byte 1,2,3
	jl	.L738
	jl	.L748
	jmp	.L734
.L740:
	movl $1, %eax
	nop
	jmp	.L735
	.long 7
	jmp	.L730
	movl $1, %eax
	je	.L730
	addq $100000, %rax
	movl $1, %eax
	xorl %eax, %eax
	addq $100000, %rax
	addq $100000, %rax
	jl	.L749
.L741:
	je	.L737
.L742:
	.long 7
	.long 7
	xorl %eax, %eax
	addq $100000, %rax
	jmp	.L747
	jl	.L754
	.byte 1,2,3
	leaq 8(%rsp), %rsp
	je	.L755
	jmp	.L745
	.balign 16,,7
	.byte 1,2,3
	movb $1, %al
	movb $1, %al
	.long 7
	jl	.L749
	je	.L752
	movl $1, %eax
	jl	.L751
.L743:
	jne	.L742
.L744:
	xorl %eax, %eax
	jne	.L741
	jmp	.L753
	movl $1, %eax
	movl $1, %eax
	.long 7
	addq $100000, %rax
	leaq 8(%rsp), %rsp
	jmp	.L750
	je	.L750
	.p2align 4,,10
.L745:
	xorl %eax, %eax
	jne	.L746
.L746:
	jmp	.L737
	jmp	.L739
	jg	.L742
	nop
.L747:
	.byte 1,2,3
.L748:
	jmp	.L758
	leaq 8(%rsp), %rsp
	jmp	.L741
.L749:
	jne	.L758
	jl	.L739
	je	.L748
	jmp	.L750
	jl	.L760
	.p2align 4
	je	.L748
.L750:
	.long 7
	.long 7
	jmp	.L739
	addq $100000, %rax
.L751:
	jg	.L759
	jne	.L751
	jg	.L743
.L752:
	xorl %eax, %eax
	leaq 8(%rsp), %rsp
	jne	.L755
	movb $1, %al
	jg	.L755
	jg	.L749
	.long 7
.L753:
	addq $100000, %rax
	.p2align 3
	xorl %eax, %eax
	jmp	.L755
.L754:
	xorl %eax, %eax
	leaq 8(%rsp), %rsp
	jg	.L760
	movl $1, %eax
	jg	.L748
	.long 7
	leaq 8(%rsp), %rsp
	movb $1, %al
	leaq 8(%rsp), %rsp
	xorl %eax, %eax
	jg	.L750
	jne	.L762
.L755:
	leaq 8(%rsp), %rsp
.L756:
	leaq 8(%rsp), %rsp
	nop
	movl $1, %eax
	xorl %eax, %eax
	jne	.L746
	.balign 16,,7
	.balign 16,,7
	jmp	.L750
	nop
	jne	.L763
	.p2align 2
	je	.L750
	je	.L759
.L757:
.L758:
	leaq 8(%rsp), %rsp
.L759:
	addq $100000, %rax
	.byte 1,2,3
	jmp	.L760
.L760:
	jne	.L768
	nop
.L761:
	movb $1, %al
	nop
	jg	.L757
.L762:
	jl	.L764
	nop
.L763:
	.long 7
	movl $1, %eax
	jg	.L769
	jg	.L765
	.byte 1,2,3
	jl	.L769
.L764:
	nop
	jg	.L761
	xorl %eax, %eax
	jne	.L756
	.long 7
.L765:
.L766:
	xorl %eax, %eax
	jmp	.L765
	nop
	nop
	je	.L775
	jmp	.L764
	jmp	.L765
	jg	.L779
.L767:
	je	.L757
	.long 7
	jl	.L773
.L768:
	addq $100000, %rax
	movl $1, %eax
	jne	.L769
	.p2align 5,,3
	jg	.L769
	jmp	.L772
	.byte 1,2,3
.L769:
	jg	.L782
	.long 7
	jl	.L764
	movb $1, %al
	nop
	leaq 8(%rsp), %rsp
	jne	.L761
	jmp	.L772
.L770:
.L771:
	nop
	je	.L773
	.p2align 5,,3
.L772:
	jl	.L774
	jne	.L761
	jmp	.L771
	jmp	.L762
	jmp	.L763
	jg	.L775
	.byte 1,2,3
.L773:
.L774:
	movb $1, %al
	jl	.L786
	jg	.L782
.L775:
	leaq 8(%rsp), %rsp
	nop
.L776:
	jl	.L783
	.long 7
	jmp	.L788
	nop
	jg	.L771
	addq $100000, %rax
	movb $1, %al
	jg	.L767
.L777:
	jg	.L779
	jmp	.L770
	jne	.L784
.L778:
.L779:
	.long 7
	movb $1, %al
	movb $1, %al
	jne	.L785
.L780:
	je	.L775
	je	.L787
.L781:
	jne	.L784
	jl	.L781
	jmp	.L774
	addq $100000, %rax
	jl	.L772
	jg	.L784
	addq $100000, %rax
	leaq 8(%rsp), %rsp
	leaq 8(%rsp), %rsp
	leaq 8(%rsp), %rsp
	jne	.L788
	jmp	.L794
	nop
	jmp	.L774
	jl	.L774
	.long 7
	nop
	.byte 1,2,3
	movl $1, %eax
	jne	.L782
	jne	.L794
	movb $1, %al
	.long 7
	.byte 1,2,3
	jne	.L772
.L782:
	addq $100000, %rax
	movl $1, %eax
	jne	.L775
	jg	.L788
	jg	.L791
	jl	.L791
	jmp	.L795
	movb $1, %al
	.long 7
	jg	.L789
	.long 7
	movl $1, %eax
	.balign 16,,7
.L783:
	jne	.L783
	nop
	jmp	.L772
.L784:
	movb $1, %al
	.p2align 5,,3
	jmp	.L790
	jne	.L786
	nop
.L785:
	nop
	leaq 8(%rsp), %rsp
.L786:
	.byte 1,2,3
	movl $1, %eax
.L787:
	jmp	.L780
	jne	.L799
	jg	.L777
	jmp	.L787
	.long 7
	leaq 8(%rsp), %rsp
	jmp	.L783
	xorl %eax, %eax
	.byte 1,2,3
	xorl %eax, %eax
	jl	.L792
	jmp	.L789
	addq $100000, %rax
	addq $100000, %rax
.L788:
	jg	.L793
.L789:
	jl	.L794
	addq $100000, %rax
	addq $100000, %rax
	jne	.L779
	addq $100000, %rax
.L790:
	.byte 1,2,3
.L791:
	addq $100000, %rax
	movl $1, %eax
.L792:
.L793:
	addq $100000, %rax
	jl	.L785
	addq $100000, %rax
	jg	.L797
.L794:
.L795:
	jmp	.L807
.L796:
	jl	.L806
.L797:
	je	.L802
.L798:
	movb $1, %al
.L799:
	jmp	.L807
	je	.L812
.L800:
	jne	.L812
.L801:
	xorl %eax, %eax
	je	.L811
.L802:
.L803:
	jl	.L813
	jmp	.L794
	xorl %eax, %eax
	leaq 8(%rsp), %rsp
.L804:
	.long 7
	movb $1, %al
	addq $100000, %rax
	addq $100000, %rax
	movl $1, %eax
	jmp	.L815
	movl $1, %eax
.L805:
	movb $1, %al
.L806:
	movl $1, %eax
	.byte 1,2,3
	movl $1, %eax
	nop
	jmp	.L811
.L807:
	.byte 1,2,3
	.p2align 4,,10
.L808:
	jmp	.L809
	je	.L818
	jg	.L807
	nop
.L809:
	addq $100000, %rax
	je	.L801
	movl $1, %eax
	jmp	.L808
	jg	.L807
	jg	.L816
	addq $100000, %rax
.L810:
	.byte 1,2,3
	je	.L823
	je	.L815
	movb $1, %al
	je	.L809
	.long 7
	leaq 8(%rsp), %rsp
	jl	.L801
	jl	.L815
	jne	.L811
	movl $1, %eax
	.long 7
	je	.L809
	leaq 8(%rsp), %rsp
	je	.L820
	jl	.L822
	movb $1, %al
	movl $1, %eax
	.byte 1,2,3
	jmp	.L811
.L811:
.L812:
	jl	.L807
	.byte 1,2,3
	je	.L808
	movb $1, %al
.L813:
	jne	.L818
	.p2align 3
	movb $1, %al
	jmp	.L815
	jg	.L820
	leaq 8(%rsp), %rsp
	.long 7
	.long 7
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
.L826:
	nop
