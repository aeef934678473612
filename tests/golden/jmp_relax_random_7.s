	.text
	jg	.L0
.L0:
	jg	.L29
	jl	.L0
	jmp	.L0
	jg	.L0
.L1:
	jg	.L12
	xorl %eax, %eax
.L2:
	jne	.L8
	jg	.L0
.L3:
	jmp	.L26
.L4:
	jne	.L15
	jmp	.L10
.L5:
.L6:
	jg	.L20
	jl	.L0
	je	.L6
	jne	.L27
	.p2align 4
.L7:
	je	.L9
	.byte 1,2,3
	jmp	.L0
	je	.L0
.L8:
	jmp	.L0
.L9:
	je	.L30
	jg	.L2
	jl	.L31
.L10:
.L11:
	jmp	.L26
.L12:
	.byte 1,2,3
	jl	.L26
	jmp	.L7
	jl	.L43
	jmp	.L22
	je	.L0
.L13:
	jl	.L9
.L14:
	je	.L20
	xorl %eax, %eax
	.byte 1,2,3
	.p2align 3
	.balign 16,,7
	addq $100000, %rax
.L15:
.L16:
	jl	.L0
	addq $100000, %rax
	jne	.L0
	jg	.L10
	jne	.L47
	.p2align 5,,3
	nop
	jmp	.L42
	xorl %eax, %eax
	jmp	.L12
	jmp	.L12
.L17:
	.long 7
.L18:
	jmp	.L0
.L19:
.L20:
.L21:
	jmp	.L0
	xorl %eax, %eax
.L22:
	jg	.L15
	jmp	.L0
	.long 7
	jmp	.L12
.L23:
	.byte 1,2,3
	jne	.L38
	jg	.L7
	jg	.L38
	.byte 1,2,3
	movl $1, %eax
	.p2align 3
	jne	.L52
	jg	.L8
	je	.L26
	jne	.L33
	xorl %eax, %eax
	movb $1, %al
.L24:
	jmp	.L41
	.byte 1,2,3
	jmp	.L7
	jl	.L17
	leaq 8(%rsp), %rsp
	leaq 8(%rsp), %rsp
.L25:
.L26:
	jne	.L18
	jg	.L54
	.long 7
	leaq 8(%rsp), %rsp
	movl $1, %eax
	movl $1, %eax
	movb $1, %al
	jl	.L8
	leaq 8(%rsp), %rsp
.L27:
	xorl %eax, %eax
	jmp	.L45
	addq $100000, %rax
	nop
.L28:
	addq $100000, %rax
	jl	.L37
	jne	.L21
	jmp	.L7
.L29:
	movl $1, %eax
	jne	.L59
	jne	.L55
	movb $1, %al
.L30:
	jne	.L33
	leaq 8(%rsp), %rsp
	jne	.L27
.L31:
	.long 7
	jg	.L54
	jg	.L60
.L32:
.L33:
	jl	.L59
	nop
	addq $100000, %rax
.L34:
	jmp	.L51
	jmp	.L25
	jl	.L40
	movl $1, %eax
	nop
	jmp	.L22
	.long 7
	jmp	.L53
	jg	.L44
	jmp	.L17
	jg	.L37
	movb $1, %al
	.p2align 3
	movb $1, %al
	addq $100000, %rax
	jl	.L30
	jne	.L47
	jmp	.L18
	jne	.L12
	leaq 8(%rsp), %rsp
.L35:
	.long 7
	jmp	.L66
	jne	.L37
	movb $1, %al
.L36:
	jl	.L39
	je	.L19
	je	.L53
.L37:
	jmp	.L36
.L38:
	je	.L48
	jmp	.L13
	movb $1, %al
	movl $1, %eax
.L39:
	jne	.L67
	jl	.L18
	.byte 1,2,3
	jg	.L44
	je	.L54
.L40:
.L41:
	.balign 16,,7
	.byte 1,2,3
	movl $1, %eax
	movl $1, %eax
	jmp	.L26
	jl	.L19
.L42:
	xorl %eax, %eax
	.byte 1,2,3
	jg	.L15
	.p2align 4,,10
	.byte 1,2,3
.L43:
	jmp	.L33
	jne	.L62
	jmp	.L46
.L44:
	je	.L16
.L45:
.L46:
	jg	.L29
	jl	.L76
.L47:
	xorl %eax, %eax
	jl	.L52
	.byte 1,2,3
	.p2align 4
	jmp	.L71
	addq $100000, %rax
	jmp	.L40
	nop
.L48:
	.byte 1,2,3
	jmp	.L22
	jg	.L43
	jg	.L37
	jmp	.L37
	je	.L29
	je	.L35
	leaq 8(%rsp), %rsp
	je	.L75
	jmp	.L30
	jl	.L24
	jne	.L60
	jmp	.L68
.L49:
	addq $100000, %rax
	jl	.L22
.L50:
	jmp	.L35
	jne	.L54
	jg	.L66
	jmp	.L41
	addq $100000, %rax
	jmp	.L60
.L51:
	xorl %eax, %eax
	addq $100000, %rax
	nop
	movb $1, %al
.L52:
.L53:
	jl	.L30
	nop
	jg	.L64
	.balign 16,,7
	jmp	.L53
	movl $1, %eax
	jmp	.L28
	.byte 1,2,3
	.byte 1,2,3
	jne	.L72
	jl	.L65
	jmp	.L48
	je	.L67
	movb $1, %al
.L54:
.L55:
	jmp	.L73
	jne	.L62
.L56:
.L57:
	jmp	.L71
	.p2align 2
	jg	.L73
	jl	.L57
	movb $1, %al
	jl	.L33
.L58:
	jg	.L81
	.long 7
	xorl %eax, %eax
	jne	.L89
.L59:
.L60:
	.byte 1,2,3
	addq $100000, %rax
	jg	.L71
	jmp	.L38
	jl	.L62
	jmp	.L41
	.long 7
	jne	.L77
	je	.L55
.L61:
	je	.L52
	movl $1, %eax
	movb $1, %al
	.p2align 2
	jmp	.L55
	jg	.L87
.L62:
	.byte 1,2,3
	.byte 1,2,3
.L63:
	.byte 1,2,3
	jne	.L43
	xorl %eax, %eax
	je	.L46
	xorl %eax, %eax
	xorl %eax, %eax
	movb $1, %al
	nop
	xorl %eax, %eax
	jne	.L82
	jl	.L52
.L64:
	addq $100000, %rax
.L65:
	je	.L54
	jmp	.L83
	jne	.L77
	jmp	.L71
	jmp	.L46
.L66:
	jl	.L94
	je	.L65
	.long 7
	jne	.L72
	je	.L48
	jne	.L57
	jg	.L88
	jmp	.L38
	xorl %eax, %eax
	jne	.L70
	jmp	.L58
	je	.L73
.L67:
	jne	.L78
.L68:
	xorl %eax, %eax
	jl	.L67
	nop
.L69:
	jl	.L88
	.long 7
.L70:
	jg	.L100
	.long 7
	jne	.L47
.L71:
	jmp	.L85
	.long 7
.L72:
	nop
	movb $1, %al
	jmp	.L45
	.p2align 4
	jmp	.L76
	jmp	.L91
.L73:
	jg	.L104
.L74:
	jg	.L95
.L75:
	je	.L75
	movb $1, %al
	jg	.L61
	jmp	.L72
	jmp	.L49
.L76:
	xorl %eax, %eax
.L77:
	je	.L75
	jmp	.L50
	je	.L74
	.p2align 4
.L78:
	jg	.L103
.L79:
	je	.L62
	movb $1, %al
	je	.L64
	.byte 1,2,3
.L80:
	jne	.L90
	.long 7
	jmp	.L93
	addq $100000, %rax
	nop
	jne	.L89
	jmp	.L96
.L81:
	je	.L97
	movl $1, %eax
	leaq 8(%rsp), %rsp
.L82:
	jmp	.L86
	jmp	.L72
	leaq 8(%rsp), %rsp
	.long 7
.L83:
.L84:
	jl	.L77
	movl $1, %eax
	jne	.L103
	je	.L104
	xorl %eax, %eax
.L85:
	.p2align 4
	jl	.L114
.L86:
	jl	.L114
.L87:
	jmp	.L109
	nop
	jmp	.L87
	nop
	jmp	.L105
	leaq 8(%rsp), %rsp
	jg	.L79
.L88:
	leaq 8(%rsp), %rsp
	.byte 1,2,3
.L89:
	movl $1, %eax
.L90:
	jmp	.L91
	xorl %eax, %eax
	xorl %eax, %eax
	addq $100000, %rax
	addq $100000, %rax
.L91:
	.byte 1,2,3
	addq $100000, %rax
	je	.L82
	jg	.L112
.L92:
.L93:
	movb $1, %al
	jmp	.L105
	je	.L98
.L94:
	jmp	.L71
	jne	.L70
.L95:
	jl	.L111
.L96:
.L97:
	jmp	.L125
	jmp	.L102
	.byte 1,2,3
	je	.L104
	je	.L115
.L98:
	jne	.L84
.L99:
	movb $1, %al
	je	.L95
	movb $1, %al
	jmp	.L76
	jmp	.L72
.L100:
	movb $1, %al
	leaq 8(%rsp), %rsp
.L101:
	jmp	.L79
.L102:
	movb $1, %al
	leaq 8(%rsp), %rsp
	jl	.L84
	jmp	.L122
	movl $1, %eax
	jg	.L118
	je	.L75
	jne	.L75
	nop
	jne	.L114
	leaq 8(%rsp), %rsp
	jne	.L96
	jne	.L77
.L103:
	jmp	.L104
	jl	.L124
	jmp	.L83
	jne	.L115
	jl	.L91
	.byte 1,2,3
	je	.L77
	leaq 8(%rsp), %rsp
	je	.L75
	jmp	.L99
	jmp	.L134
	jl	.L84
.L104:
.L105:
	jl	.L99
	addq $100000, %rax
.L106:
	jl	.L118
.L107:
	jmp	.L101
	je	.L87
	jne	.L111
	movl $1, %eax
	jne	.L126
	jmp	.L131
	.long 7
	jmp	.L116
	jmp	.L135
	jne	.L130
	jne	.L132
	jne	.L117
	addq $100000, %rax
	jl	.L80
	addq $100000, %rax
	jne	.L85
	jne	.L124
.L108:
	jmp	.L127
.L109:
	movl $1, %eax
	jg	.L109
	.byte 1,2,3
	jg	.L99
	jmp	.L104
	jl	.L112
.L110:
.L111:
	.long 7
	jg	.L130
	.long 7
	.long 7
	jne	.L86
	jmp	.L105
	nop
.L112:
.L113:
	leaq 8(%rsp), %rsp
	movl $1, %eax
.L114:
	jmp	.L109
	addq $100000, %rax
.L115:
.L116:
	jmp	.L131
.L117:
	.long 7
	jne	.L139
	.p2align 2
	movl $1, %eax
	.byte 1,2,3
.L118:
	.byte 1,2,3
	.long 7
.L119:
	jl	.L148
	jg	.L106
	je	.L110
.L120:
.L121:
.L122:
	leaq 8(%rsp), %rsp
	addq $100000, %rax
	.byte 1,2,3
.L123:
	je	.L134
	.long 7
	jmp	.L131
	movl $1, %eax
	jmp	.L128
	leaq 8(%rsp), %rsp
	jg	.L117
.L124:
	jl	.L100
	jmp	.L134
	.byte 1,2,3
	.byte 1,2,3
	jg	.L150
	leaq 8(%rsp), %rsp
	nop
	jg	.L113
	jg	.L121
	jne	.L98
	jmp	.L134
.L125:
.L126:
	jmp	.L116
	jne	.L131
	jg	.L116
.L127:
	jl	.L151
.L128:
.L129:
	addq $100000, %rax
	jmp	.L104
.L130:
	jl	.L118
	nop
.L131:
	leaq 8(%rsp), %rsp
	jl	.L139
	jmp	.L135
	jmp	.L112
.L132:
	jne	.L128
	jmp	.L106
.L133:
	jne	.L164
.L134:
.L135:
	jmp	.L138
	jg	.L158
.L136:
	jmp	.L126
.L137:
	.long 7
	.p2align 4,,10
	jmp	.L135
	movl $1, %eax
	.long 7
.L138:
	.byte 1,2,3
	jmp	.L111
	jmp	.L156
	.byte 1,2,3
	.p2align 3
	jl	.L152
	.p2align 5,,3
	.byte 1,2,3
	jne	.L166
.L139:
	je	.L120
	movb $1, %al
	leaq 8(%rsp), %rsp
.L140:
	jne	.L149
	jmp	.L165
	.long 7
	jmp	.L144
.L141:
.L142:
	movb $1, %al
	jne	.L132
	jmp	.L150
	jne	.L123
.L143:
.L144:
	je	.L125
	nop
.L145:
.L146:
	jmp	.L119
.L147:
.L148:
	leaq 8(%rsp), %rsp
.L149:
	movl $1, %eax
	xorl %eax, %eax
.L150:
	jmp	.L128
.L151:
	movl $1, %eax
	.byte 1,2,3
	jmp	.L130
	movb $1, %al
	jl	.L143
	je	.L144
	nop
	.p2align 3
	.long 7
	nop
	nop
	jmp	.L171
	jmp	.L167
	jmp	.L135
	movl $1, %eax
	jne	.L140
	jne	.L155
	jmp	.L170
.L152:
	jmp	.L154
	addq $100000, %rax
	leaq 8(%rsp), %rsp
	.byte 1,2,3
	je	.L133
	movb $1, %al
	jmp	.L130
	.long 7
	movl $1, %eax
	jmp	.L145
	jmp	.L148
.L153:
	nop
	je	.L143
	jg	.L158
.L154:
	movb $1, %al
	addq $100000, %rax
	jmp	.L173
	nop
	jg	.L145
.L155:
	leaq 8(%rsp), %rsp
.L156:
	je	.L176
	je	.L135
	jmp	.L183
	je	.L139
	jg	.L172
.L157:
.L158:
	jg	.L149
	jne	.L139
	je	.L141
	movl $1, %eax
.L159:
	jl	.L142
.L160:
.L161:
	jl	.L151
	jmp	.L138
	.byte 1,2,3
	jl	.L156
.L162:
	jl	.L183
	.p2align 5,,3
	.byte 1,2,3
	je	.L142
	jmp	.L158
	xorl %eax, %eax
	.p2align 5,,3
	xorl %eax, %eax
	movb $1, %al
	.p2align 2
.L163:
	jmp	.L150
	.balign 16,,7
	jmp	.L159
	.p2align 4
	jl	.L161
	jl	.L173
	jne	.L176
	leaq 8(%rsp), %rsp
	xorl %eax, %eax
	movl $1, %eax
.L164:
	jmp	.L145
	movb $1, %al
	jg	.L141
	jmp	.L148
	jmp	.L136
	leaq 8(%rsp), %rsp
	jmp	.L161
	movb $1, %al
	addq $100000, %rax
	jmp	.L183
	leaq 8(%rsp), %rsp
	je	.L151
	jmp	.L138
.L165:
	leaq 8(%rsp), %rsp
	jne	.L142
	jg	.L161
	xorl %eax, %eax
	jne	.L146
	movl $1, %eax
	movb $1, %al
	jmp	.L171
	je	.L145
	jl	.L189
	jg	.L154
	jl	.L185
	jne	.L190
	jmp	.L160
	jmp	.L163
.L166:
.L167:
	.byte 1,2,3
	je	.L179
	jl	.L169
	jmp	.L143
	addq $100000, %rax
	xorl %eax, %eax
.L168:
	leaq 8(%rsp), %rsp
	addq $100000, %rax
	jmp	.L161
	jmp	.L181
	jmp	.L143
	jmp	.L177
	jne	.L193
.L169:
	jne	.L190
	jg	.L165
.L170:
	movl $1, %eax
	jg	.L198
	.byte 1,2,3
.L171:
	.p2align 5,,3
.L172:
	movl $1, %eax
	jl	.L159
	jl	.L151
	jl	.L146
	jmp	.L152
	jne	.L174
	jmp	.L198
.L173:
	.long 7
	.balign 16,,7
	jl	.L197
	jmp	.L170
.L174:
	jmp	.L185
.L175:
	jmp	.L189
	leaq 8(%rsp), %rsp
	movl $1, %eax
	jne	.L177
.L176:
	.p2align 2
.L177:
.L178:
	jl	.L170
	movb $1, %al
	jl	.L170
	je	.L152
	jl	.L201
	je	.L181
	leaq 8(%rsp), %rsp
	.long 7
	leaq 8(%rsp), %rsp
.L179:
	.p2align 4
	jmp	.L190
	nop
	jl	.L185
	jl	.L153
	jmp	.L150
.L180:
	nop
	xorl %eax, %eax
	jmp	.L191
	.p2align 5,,3
	movl $1, %eax
	jmp	.L193
	jne	.L199
.L181:
.L182:
.L183:
	nop
	jne	.L206
	.byte 1,2,3
	addq $100000, %rax
	jmp	.L174
	jg	.L195
	nop
	jmp	.L187
	xorl %eax, %eax
	jl	.L212
	jmp	.L154
	jmp	.L191
	.long 7
	movl $1, %eax
.L184:
	jne	.L212
	jmp	.L182
.L185:
	jmp	.L210
	jne	.L163
	jmp	.L173
	jmp	.L184
	nop
	jmp	.L203
	.p2align 4
	movl $1, %eax
	jmp	.L191
	je	.L198
	nop
	.p2align 4,,10
.L186:
	movl $1, %eax
	jmp	.L176
	jl	.L212
	je	.L177
	.long 7
	jne	.L167
	movl $1, %eax
	jne	.L198
	jl	.L183
	jl	.L207
	leaq 8(%rsp), %rsp
	jg	.L160
	leaq 8(%rsp), %rsp
	nop
	.byte 1,2,3
	jne	.L213
	jl	.L200
	jne	.L214
	.byte 1,2,3
	.p2align 3
	jne	.L184
	jmp	.L209
	jg	.L166
.L187:
	.long 7
	jg	.L163
	jl	.L209
	jmp	.L206
	movb $1, %al
	jmp	.L161
	jne	.L203
	nop
	.long 7
	je	.L192
	movb $1, %al
	je	.L191
	leaq 8(%rsp), %rsp
	jne	.L195
.L188:
.L189:
.L190:
	.p2align 3
	jl	.L183
	addq $100000, %rax
	jl	.L220
	je	.L167
	jmp	.L211
.L191:
	je	.L184
	jmp	.L163
.L192:
	.long 7
	je	.L176
	.byte 1,2,3
	jl	.L223
	addq $100000, %rax
	je	.L165
	jl	.L174
.L193:
.L194:
	jmp	.L220
	jmp	.L225
	xorl %eax, %eax
	movl $1, %eax
	jne	.L201
	jmp	.L223
	jl	.L176
	leaq 8(%rsp), %rsp
	movb $1, %al
.L195:
	leaq 8(%rsp), %rsp
.L196:
	jmp	.L168
	jmp	.L199
	.long 7
.L197:
.L198:
	movb $1, %al
	jg	.L188
	jmp	.L217
.L199:
	jl	.L186
.L200:
	jl	.L181
	jmp	.L180
	.long 7
	.p2align 4
	addq $100000, %rax
	movb $1, %al
.L201:
	jmp	.L195
.L202:
	jl	.L179
	movl $1, %eax
	je	.L194
	.long 7
.L203:
	jne	.L195
	addq $100000, %rax
	.p2align 5,,3
	.long 7
	.byte 1,2,3
	jne	.L189
.L204:
	je	.L193
	.byte 1,2,3
	jl	.L195
	movl $1, %eax
.L205:
	jmp	.L216
	.long 7
	movl $1, %eax
	je	.L188
	jne	.L192
	movl $1, %eax
	jne	.L202
.L206:
	.byte 1,2,3
.L207:
	jg	.L206
	jl	.L186
.L208:
	.byte 1,2,3
.L209:
	jl	.L238
	jne	.L216
.L210:
.L211:
	addq $100000, %rax
.L212:
.L213:
.L214:
	je	.L216
.L215:
.L216:
	jne	.L227
	jmp	.L199
.L217:
	xorl %eax, %eax
	nop
	je	.L210
	jl	.L228
.L218:
	jl	.L237
.L219:
	jne	.L205
	jmp	.L213
.L220:
	jmp	.L229
	jl	.L250
	movl $1, %eax
.L221:
	.p2align 4,,15
	leaq 8(%rsp), %rsp
	xorl %eax, %eax
	jmp	.L249
	jmp	.L198
	jmp	.L224
	jne	.L226
.L222:
	movb $1, %al
	jmp	.L203
	jmp	.L228
.L223:
	movb $1, %al
	jg	.L247
	jg	.L223
	jmp	.L222
	jmp	.L200
.L224:
	jl	.L224
	je	.L243
.L225:
.L226:
	movb $1, %al
	addq $100000, %rax
	jmp	.L226
	jmp	.L257
	xorl %eax, %eax
	.p2align 5,,3
	nop
	jmp	.L257
	leaq 8(%rsp), %rsp
	je	.L250
	.p2align 4,,15
	leaq 8(%rsp), %rsp
	nop
	jmp	.L206
	movb $1, %al
	nop
	jne	.L230
.L227:
	jmp	.L230
.L228:
.L229:
	.long 7
	jmp	.L251
.L230:
	jmp	.L218
	jg	.L241
	nop
	jmp	.L217
	jne	.L228
	.byte 1,2,3
.L231:
	jmp	.L212
.L232:
	.byte 1,2,3
.L233:
	jne	.L263
	jne	.L236
	xorl %eax, %eax
	jne	.L221
	.byte 1,2,3
	movb $1, %al
	jg	.L216
	.balign 16,,7
	.byte 1,2,3
	je	.L234
.L234:
	jg	.L217
	jl	.L242
.L235:
	jne	.L261
	jl	.L226
	jne	.L262
	jmp	.L255
.L236:
.L237:
	.long 7
	jl	.L241
	leaq 8(%rsp), %rsp
	movl $1, %eax
	jmp	.L251
	xorl %eax, %eax
	jne	.L230
	jg	.L247
	movl $1, %eax
	.long 7
	jmp	.L248
	jne	.L253
	jmp	.L214
	jg	.L243
.L238:
	jne	.L245
	je	.L259
	movl $1, %eax
	jmp	.L237
	je	.L255
	jg	.L234
	jmp	.L233
	jmp	.L259
	.long 7
	jne	.L228
	jne	.L260
	jg	.L233
	je	.L261
	jg	.L262
	leaq 8(%rsp), %rsp
	jmp	.L236
.L239:
	jl	.L267
	je	.L244
	jg	.L237
	xorl %eax, %eax
	jmp	.L232
	jl	.L232
	movl $1, %eax
	jl	.L216
	jmp	.L235
	jne	.L246
	xorl %eax, %eax
	jg	.L238
	leaq 8(%rsp), %rsp
	.p2align 2
	addq $100000, %rax
	jmp	.L233
	addq $100000, %rax
.L240:
	leaq 8(%rsp), %rsp
	xorl %eax, %eax
	je	.L244
	movb $1, %al
	jl	.L223
.L241:
	jmp	.L250
	jmp	.L252
	xorl %eax, %eax
.L242:
.L243:
	.p2align 5,,3
.L244:
	jmp	.L268
	jmp	.L257
.L245:
	jg	.L251
	jg	.L257
	jg	.L225
.L246:
	jne	.L226
	jmp	.L249
.L247:
.L248:
	.long 7
	xorl %eax, %eax
	nop
	jg	.L262
	jne	.L264
	jmp	.L229
	jg	.L225
.L249:
.L250:
	jmp	.L222
	jg	.L246
	nop
	jne	.L260
	jne	.L223
	addq $100000, %rax
	jl	.L278
	je	.L259
	.long 7
	movl $1, %eax
	jmp	.L245
	.p2align 4
	jmp	.L246
	jne	.L271
.L251:
.L252:
	je	.L223
	jmp	.L246
	jl	.L278
	jmp	.L264
	xorl %eax, %eax
	leaq 8(%rsp), %rsp
	jne	.L247
	jne	.L245
	jmp	.L240
.L253:
	movb $1, %al
	.p2align 4,,10
.L254:
	jne	.L275
	jne	.L254
.L255:
	jl	.L272
	jne	.L263
	jg	.L256
	jl	.L280
	jmp	.L286
	.long 7
	jg	.L249
	jg	.L264
	jmp	.L281
	jg	.L231
	xorl %eax, %eax
.L256:
	.p2align 4
	jmp	.L251
.L257:
.L258:
	leaq 8(%rsp), %rsp
.L259:
	movl $1, %eax
	jg	.L253
	movb $1, %al
.L260:
	je	.L245
.L261:
	.p2align 3
	jl	.L286
	addq $100000, %rax
	addq $100000, %rax
.L262:
	.p2align 2
	.balign 16,,7
.L263:
	.balign 16,,7
	jl	.L288
	jmp	.L274
.L264:
.L265:
	movb $1, %al
	.p2align 4,,10
	jne	.L274
	je	.L284
.L266:
	.byte 1,2,3
	jne	.L297
	jg	.L251
	je	.L270
	leaq 8(%rsp), %rsp
	movl $1, %eax
	.byte 1,2,3
	nop
	movl $1, %eax
.L267:
	je	.L287
	movl $1, %eax
	jl	.L285
	movb $1, %al
	je	.L243
	xorl %eax, %eax
	jmp	.L259
	jmp	.L282
	jmp	.L270
	jl	.L251
	jne	.L292
	jmp	.L250
	.byte 1,2,3
.L268:
.L269:
	movb $1, %al
	jmp	.L255
.L270:
	jne	.L246
	jne	.L249
	.balign 16,,7
	jmp	.L256
	jmp	.L273
	jmp	.L300
	jne	.L260
	addq $100000, %rax
	je	.L256
	jg	.L248
	jne	.L301
	jg	.L250
	xorl %eax, %eax
	movl $1, %eax
	.p2align 4,,10
	jmp	.L254
.L271:
	jmp	.L254
	.balign 16,,7
	addq $100000, %rax
	jg	.L271
	jg	.L252
.L272:
.L273:
	.long 7
.L274:
	.p2align 2
	jmp	.L251
	jl	.L272
.L275:
	je	.L246
	.byte 1,2,3
	jmp	.L305
	jmp	.L262
	jmp	.L254
.L276:
	addq $100000, %rax
	jmp	.L258
	jmp	.L304
.L277:
	.byte 1,2,3
	leaq 8(%rsp), %rsp
	je	.L289
	jne	.L271
	je	.L271
	jmp	.L250
	jmp	.L288
	jne	.L251
	jmp	.L279
.L278:
	jmp	.L286
.L279:
	.p2align 4
.L280:
	jmp	.L276
	.long 7
	jmp	.L264
	jg	.L253
	xorl %eax, %eax
.L281:
.L282:
.L283:
	.p2align 3
.L284:
.L285:
	addq $100000, %rax
	addq $100000, %rax
	jl	.L256
	leaq 8(%rsp), %rsp
	jmp	.L286
	jl	.L289
	jmp	.L290
	xorl %eax, %eax
	movl $1, %eax
	nop
	leaq 8(%rsp), %rsp
	jg	.L275
	je	.L316
	jne	.L297
	jg	.L277
	nop
	movb $1, %al
	jmp	.L284
.L286:
	jg	.L280
	je	.L283
	jl	.L293
	jne	.L264
.L287:
	movl $1, %eax
	je	.L311
	jg	.L270
	jl	.L303
	jne	.L287
	jmp	.L302
	movl $1, %eax
	movl $1, %eax
	addq $100000, %rax
	movl $1, %eax
	jg	.L304
.L288:
	xorl %eax, %eax
	jg	.L271
	jne	.L264
	jmp	.L298
	je	.L262
.L289:
	.p2align 4
	jmp	.L267
.L290:
	movl $1, %eax
	jne	.L316
	jmp	.L319
	addq $100000, %rax
	je	.L314
	nop
	movl $1, %eax
	jmp	.L293
	jmp	.L283
	jg	.L313
	jg	.L283
	jmp	.L299
.L291:
	movb $1, %al
	jmp	.L274
	jg	.L315
	jmp	.L312
	je	.L266
.L292:
	jmp	.L281
	jne	.L316
	jg	.L279
	.byte 1,2,3
	nop
.L293:
	.long 7
	jmp	.L319
	nop
.L294:
	jmp	.L306
	jl	.L318
	.long 7
	jg	.L320
	je	.L288
	jne	.L284
	jne	.L267
.L295:
	je	.L295
	je	.L290
	jg	.L287
	jmp	.L280
	jg	.L322
.L296:
.L297:
	jl	.L285
	je	.L300
	jg	.L304
	jmp	.L276
.L298:
	jmp	.L318
	xorl %eax, %eax
	jmp	.L309
	jne	.L287
	addq $100000, %rax
	.p2align 3
	leaq 8(%rsp), %rsp
	movb $1, %al
	jmp	.L304
	jmp	.L272
	jl	.L289
	jne	.L326
	leaq 8(%rsp), %rsp
.L299:
	jmp	.L326
	jl	.L298
	jne	.L289
	je	.L279
	.byte 1,2,3
	leaq 8(%rsp), %rsp
.L300:
.L301:
	addq $100000, %rax
	jl	.L294
	jmp	.L321
	jmp	.L327
	leaq 8(%rsp), %rsp
	.byte 1,2,3
	nop
	.byte 1,2,3
	jne	.L273
.L302:
	jg	.L330
	jmp	.L305
.L303:
	jne	.L277
	jmp	.L279
	leaq 8(%rsp), %rsp
	.p2align 4,,10
.L304:
	jmp	.L331
	jmp	.L334
	jmp	.L295
.L305:
	jmp	.L315
	addq $100000, %rax
.L306:
	jmp	.L279
.L307:
	nop
.L308:
	nop
.L309:
	nop
.L310:
	nop
.L311:
	nop
.L312:
	nop
.L313:
	nop
.L314:
	nop
.L315:
	nop
.L316:
	nop
.L317:
	nop
.L318:
	nop
.L319:
	nop
.L320:
	nop
.L321:
	nop
.L322:
	nop
.L323:
	nop
.L324:
	nop
.L325:
	nop
.L326:
	nop
.L327:
	nop
.L328:
	nop
.L329:
	nop
.L330:
	nop
.L331:
	nop
.L332:
	nop
.L333:
	nop
.L334:
	nop
.L335:
	nop
.L336:
	nop
.L337:
	nop
