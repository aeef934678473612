	.text
	jmp	.L12
	.byte 1,2,3
.L0:
.L1:
	jl	.L13
	je	.L6
	.p2align 2
	xorl %eax, %eax
.L2:
	jne	.L0
.L3:
	movb $1, %al
	jmp	.L0
	.p2align 3
	jl	.L8
	.p2align 5,,3
.L4:
	leaq 8(%rsp), %rsp
.L5:
	jmp	.L0
	je	.L9
	jl	.L0
	jne	.L11
	leaq 8(%rsp), %rsp
.L6:
.L7:
	jg	.L19
	addq $100000, %rax
	je	.L5
	jmp	.L6
	.byte 1,2,3
	je	.L0
.L8:
	.long 7
	.p2align 2
.L9:
	jmp	.L21
	nop
	jmp	.L14
.L10:
	jl	.L17
.L11:
	addq $100000, %rax
	movb $1, %al
.L12:
	.byte 1,2,3
	leaq 8(%rsp), %rsp
	nop
.L13:
	je	.L24
	xorl %eax, %eax
	jmp	.L19
	jne	.L9
	jg	.L10
.L14:
	jl	.L26
	jne	.L18
	jmp	.L19
	jne	.L17
	jne	.L13
	nop
	xorl %eax, %eax
.L15:
	addq $100000, %rax
	movb $1, %al
	jne	.L15
	movb $1, %al
	jl	.L15
	jmp	.L20
	jg	.L10
	addq $100000, %rax
	jg	.L18
.L16:
	jmp	.L19
	jmp	.L10
	.long 7
	jne	.L15
.L17:
.L18:
	nop
.L19:
	jg	.L17
	jmp	.L32
	nop
	jne	.L32
	nop
	movl $1, %eax
	jmp	.L9
	jg	.L14
	je	.L19
	xorl %eax, %eax
	jg	.L8
	leaq 8(%rsp), %rsp
.L20:
	nop
	.p2align 4,,15
	jmp	.L19
	jne	.L26
	.byte 1,2,3
	jne	.L17
.L21:
	jne	.L31
	jne	.L14
	jne	.L28
	movl $1, %eax
	jl	.L26
	addq $100000, %rax
	addq $100000, %rax
.L22:
	jl	.L21
	.byte 1,2,3
	xorl %eax, %eax
.L23:
	jne	.L34
	xorl %eax, %eax
	jl	.L29
	addq $100000, %rax
	jl	.L19
	je	.L18
.L24:
.L25:
	jmp	.L27
	xorl %eax, %eax
	je	.L16
.L26:
	jl	.L39
	jmp	.L19
	je	.L27
	addq $100000, %rax
	jmp	.L39
	.p2align 4,,15
	jne	.L21
	jmp	.L26
	jmp	.L23
	jne	.L35
	nop
.L27:
	je	.L17
	.long 7
	je	.L35
	.long 7
	addq $100000, %rax
	movb $1, %al
.L28:
	movb $1, %al
	jl	.L37
.L29:
	.p2align 3
	addq $100000, %rax
	.long 7
	movl $1, %eax
.L30:
	xorl %eax, %eax
	jl	.L31
	jne	.L41
	jne	.L31
	.long 7
.L31:
.L32:
	.long 7
.L33:
	.long 7
.L34:
	jne	.L29
	jmp	.L24
	jmp	.L24
	.byte 1,2,3
	jl	.L43
	jmp	.L41
	nop
	.byte 1,2,3
	jmp	.L25
.L35:
	jl	.L35
	movl $1, %eax
.L36:
	je	.L39
	.long 7
	jmp	.L32
	je	.L28
	jl	.L29
.L37:
	jmp	.L28
	movl $1, %eax
	.long 7
.L38:
.L39:
	nop
	.byte 1,2,3
.L40:
	jmp	.L53
.L41:
	je	.L50
	jg	.L40
.L42:
.L43:
.L44:
	jg	.L43
	.long 7
	nop
	movl $1, %eax
	je	.L47
	jmp	.L36
	addq $100000, %rax
	movl $1, %eax
	nop
	movb $1, %al
	xorl %eax, %eax
	movl $1, %eax
	xorl %eax, %eax
	.long 7
	jmp	.L46
	jg	.L40
	jg	.L45
.L45:
	leaq 8(%rsp), %rsp
	leaq 8(%rsp), %rsp
	jg	.L40
.L46:
	jl	.L51
	je	.L48
	nop
.L47:
.L48:
.L49:
.L50:
	je	.L61
	xorl %eax, %eax
	nop
.L51:
	je	.L64
	leaq 8(%rsp), %rsp
	addq $100000, %rax
	leaq 8(%rsp), %rsp
	je	.L61
	jg	.L48
	jmp	.L54
.L52:
	.long 7
	jl	.L63
	nop
	addq $100000, %rax
	jmp	.L62
	jne	.L49
	jmp	.L63
	je	.L55
.L53:
	jmp	.L55
	jmp	.L64
	.long 7
.L54:
.L55:
	jmp	.L53
	jg	.L67
	je	.L58
	jl	.L44
	.byte 1,2,3
	movb $1, %al
	je	.L45
.L56:
.L57:
	jne	.L56
	jne	.L51
	nop
	jmp	.L47
	.long 7
	jg	.L56
	jmp	.L64
.L58:
.L59:
.L60:
	xorl %eax, %eax
	.p2align 4
	addq $100000, %rax
	addq $100000, %rax
	leaq 8(%rsp), %rsp
	leaq 8(%rsp), %rsp
	jl	.L67
	.byte 1,2,3
	.p2align 2
	xorl %eax, %eax
	jg	.L67
	jl	.L58
	jmp	.L69
	leaq 8(%rsp), %rsp
.L61:
	nop
.L62:
	movl $1, %eax
.L63:
	jne	.L68
	movl $1, %eax
	leaq 8(%rsp), %rsp
.L64:
	.long 7
	jl	.L57
	.long 7
	movb $1, %al
	xorl %eax, %eax
.L65:
	jne	.L71
	movl $1, %eax
	jl	.L61
	jg	.L63
.L66:
	je	.L76
	.byte 1,2,3
	jl	.L78
	jl	.L69
	nop
	jl	.L60
	leaq 8(%rsp), %rsp
.L67:
	.p2align 4,,10
	jg	.L59
	leaq 8(%rsp), %rsp
	leaq 8(%rsp), %rsp
	movb $1, %al
.L68:
.L69:
.L70:
	jl	.L60
	.p2align 2
	jne	.L78
	.byte 1,2,3
	je	.L75
	jmp	.L76
.L71:
	leaq 8(%rsp), %rsp
.L72:
	jg	.L68
	.long 7
.L73:
	movl $1, %eax
	je	.L81
.L74:
	jg	.L71
	nop
	je	.L66
	.byte 1,2,3
	xorl %eax, %eax
	jg	.L69
.L75:
.L76:
	addq $100000, %rax
	jmp	.L84
	movl $1, %eax
	movl $1, %eax
.L77:
	je	.L73
	jl	.L75
	movl $1, %eax
	.long 7
	jmp	.L88
.L78:
	.p2align 3
	jg	.L89
.L79:
	jg	.L74
	nop
.L80:
	jne	.L88
.L81:
	movb $1, %al
	jmp	.L93
	movb $1, %al
	je	.L74
	jne	.L91
	.byte 1,2,3
	movl $1, %eax
	.p2align 3
	.balign 16,,7
	leaq 8(%rsp), %rsp
	jmp	.L86
	movb $1, %al
	je	.L82
.L82:
	jg	.L91
	jmp	.L79
.L83:
	jmp	.L83
	.byte 1,2,3
	jg	.L84
	jne	.L92
	je	.L91
	je	.L85
	jg	.L82
	.long 7
	movb $1, %al
.L84:
	movb $1, %al
	movl $1, %eax
	xorl %eax, %eax
	jmp	.L94
	jne	.L89
	jne	.L73
	jg	.L86
	movl $1, %eax
	.byte 1,2,3
	je	.L86
	je	.L79
.L85:
	jmp	.L75
.L86:
	jmp	.L76
	jg	.L85
	addq $100000, %rax
	je	.L94
	jmp	.L76
	jmp	.L91
.L87:
	leaq 8(%rsp), %rsp
	jmp	.L95
.L88:
	jl	.L78
	jne	.L96
.L89:
.L90:
.L91:
	.p2align 5,,3
.L92:
.L93:
	.p2align 3
	nop
	.long 7
	jne	.L86
	xorl %eax, %eax
	nop
	leaq 8(%rsp), %rsp
	leaq 8(%rsp), %rsp
	jl	.L100
	movb $1, %al
	jne	.L88
	jl	.L86
	jl	.L97
.L94:
	movl $1, %eax
	.p2align 4
	.byte 1,2,3
	jmp	.L104
.L95:
.L96:
	jne	.L98
	addq $100000, %rax
	addq $100000, %rax
	jmp	.L109
	jmp	.L105
	nop
	.byte 1,2,3
	jg	.L94
.L97:
	movb $1, %al
	jg	.L87
	je	.L102
	leaq 8(%rsp), %rsp
	.balign 16,,7
	jne	.L87
	nop
	jmp	.L87
	jl	.L103
.L98:
	.byte 1,2,3
.L99:
	.long 7
	movl $1, %eax
	je	.L101
	je	.L99
	nop
	.byte 1,2,3
	xorl %eax, %eax
	jmp	.L97
.L100:
	movb $1, %al
	je	.L105
.L101:
	jmp	.L92
	jne	.L111
	jl	.L99
	jmp	.L96
	xorl %eax, %eax
	jmp	.L111
	xorl %eax, %eax
.L102:
	je	.L108
	xorl %eax, %eax
	addq $100000, %rax
	.byte 1,2,3
	je	.L92
	jmp	.L111
	jmp	.L92
	je	.L104
	je	.L97
	jl	.L98
	jg	.L98
	jl	.L109
.L103:
	movb $1, %al
.L104:
	jmp	.L99
	jmp	.L104
.L105:
	jg	.L103
	movb $1, %al
	nop
.L106:
	je	.L119
	addq $100000, %rax
	jl	.L105
	movb $1, %al
.L107:
	xorl %eax, %eax
	.byte 1,2,3
	xorl %eax, %eax
	.byte 1,2,3
	jne	.L107
.L108:
	.byte 1,2,3
	je	.L111
	movb $1, %al
	jmp	.L110
	.p2align 4,,10
	jg	.L97
	.long 7
.L109:
	jg	.L107
	jmp	.L113
	.p2align 4
.L110:
	movl $1, %eax
	xorl %eax, %eax
	movl $1, %eax
	je	.L111
	jg	.L118
	.byte 1,2,3
	jmp	.L102
	jl	.L112
	jmp	.L102
	.byte 1,2,3
	nop
.L111:
	jl	.L100
	jne	.L121
	je	.L107
	jg	.L121
	leaq 8(%rsp), %rsp
	jne	.L116
	je	.L110
	jmp	.L109
	nop
	jmp	.L119
	.byte 1,2,3
	.byte 1,2,3
	jl	.L107
	jmp	.L110
	je	.L106
	je	.L106
	jg	.L113
	jmp	.L103
	jmp	.L107
	jl	.L101
	nop
	jmp	.L121
	je	.L100
	.long 7
	jmp	.L105
	je	.L124
.L112:
	jmp	.L119
	.balign 16,,7
	jl	.L122
	movl $1, %eax
	jne	.L122
.L113:
.L114:
	leaq 8(%rsp), %rsp
	jg	.L116
	xorl %eax, %eax
	jmp	.L104
	je	.L103
	jmp	.L106
	jmp	.L103
.L115:
	xorl %eax, %eax
.L116:
	.byte 1,2,3
	addq $100000, %rax
	jmp	.L128
.L117:
	jmp	.L108
.L118:
	.long 7
.L119:
	je	.L120
	nop
	xorl %eax, %eax
	movl $1, %eax
	jg	.L119
	jne	.L128
	jl	.L123
	movl $1, %eax
	jmp	.L124
	jl	.L114
.L120:
	addq $100000, %rax
.L121:
	jmp	.L113
	.p2align 3
	.p2align 5,,3
.L122:
	.long 7
	jne	.L113
	jl	.L132
	jmp	.L116
.L123:
	jg	.L112
	.p2align 4
	jne	.L115
	addq $100000, %rax
	jne	.L134
	.long 7
	.p2align 5,,3
.L124:
	.long 7
	jg	.L132
	jmp	.L126
	movb $1, %al
	movb $1, %al
	leaq 8(%rsp), %rsp
	jl	.L120
	.long 7
	nop
	jne	.L129
.L125:
	jl	.L130
	jne	.L126
	movb $1, %al
	addq $100000, %rax
	jl	.L127
	xorl %eax, %eax
	jg	.L114
	jne	.L132
	jne	.L130
	je	.L129
	xorl %eax, %eax
	jne	.L135
	nop
	addq $100000, %rax
.L126:
	jne	.L120
	addq $100000, %rax
	jmp	.L137
	je	.L126
	.byte 1,2,3
	.byte 1,2,3
	jmp	.L127
.L127:
	je	.L116
	jl	.L121
	jl	.L127
.L128:
.L129:
	.byte 1,2,3
	jne	.L120
	movl $1, %eax
	jne	.L134
	jmp	.L127
.L130:
	je	.L143
	leaq 8(%rsp), %rsp
.L131:
	leaq 8(%rsp), %rsp
	.p2align 4,,15
	jne	.L131
	addq $100000, %rax
	jmp	.L120
.L132:
	jne	.L127
	leaq 8(%rsp), %rsp
.L133:
	je	.L138
.L134:
	leaq 8(%rsp), %rsp
	jmp	.L133
	.balign 16,,7
	je	.L142
	.byte 1,2,3
	jg	.L126
.L135:
	jmp	.L132
.L136:
	jl	.L129
	jmp	.L126
	movb $1, %al
	je	.L125
	addq $100000, %rax
.L137:
	jl	.L133
	jg	.L126
	jg	.L140
	xorl %eax, %eax
.L138:
	.byte 1,2,3
	jmp	.L133
	jg	.L145
	movl $1, %eax
	.balign 16,,7
	movb $1, %al
	nop
	nop
	movl $1, %eax
	.p2align 4,,15
	jl	.L135
	xorl %eax, %eax
.L139:
	movl $1, %eax
	jl	.L140
.L140:
	nop
.L141:
.L142:
	jl	.L151
	jne	.L131
	jmp	.L147
	addq $100000, %rax
	nop
.L143:
	.p2align 4,,10
.L144:
	movl $1, %eax
.L145:
	.p2align 4,,15
	.byte 1,2,3
	movl $1, %eax
	je	.L154
	.balign 16,,7
.L146:
	jmp	.L144
	jmp	.L156
.L147:
	jne	.L149
	jg	.L137
	xorl %eax, %eax
	jg	.L139
	movb $1, %al
	addq $100000, %rax
	jne	.L140
	movb $1, %al
	xorl %eax, %eax
	jmp	.L149
	.byte 1,2,3
.L148:
	.byte 1,2,3
	jne	.L155
.L149:
	addq $100000, %rax
.L150:
	jne	.L140
.L151:
	jmp	.L159
	jmp	.L163
.L152:
	jmp	.L145
	leaq 8(%rsp), %rsp
	jne	.L155
	addq $100000, %rax
	.long 7
	jne	.L150
.L153:
	.long 7
	je	.L145
	movb $1, %al
.L154:
	.long 7
.L155:
	jmp	.L158
	je	.L156
.L156:
	addq $100000, %rax
	jg	.L165
	jg	.L160
	jmp	.L148
	jl	.L148
	jne	.L157
.L157:
	jne	.L158
	jmp	.L150
	jg	.L169
	leaq 8(%rsp), %rsp
	jl	.L166
	jmp	.L164
	jne	.L149
	jg	.L149
	.byte 1,2,3
	jmp	.L159
	.byte 1,2,3
.L158:
.L159:
	addq $100000, %rax
	addq $100000, %rax
	jg	.L169
	xorl %eax, %eax
.L160:
	addq $100000, %rax
	jmp	.L155
	jmp	.L164
	leaq 8(%rsp), %rsp
	nop
	.byte 1,2,3
	jmp	.L156
	je	.L161
	jmp	.L158
	je	.L171
	.p2align 3
	jmp	.L158
	movb $1, %al
.L161:
	movb $1, %al
	jmp	.L163
	jmp	.L158
	addq $100000, %rax
	addq $100000, %rax
	jmp	.L168
.L162:
	jmp	.L168
.L163:
.L164:
.L165:
	nop
.L166:
	movb $1, %al
	addq $100000, %rax
.L167:
	movl $1, %eax
	je	.L163
	jmp	.L158
	movb $1, %al
.L168:
	movb $1, %al
	jne	.L158
	.p2align 2
	movb $1, %al
.L169:
	.long 7
	jmp	.L182
	.p2align 2
	.byte 1,2,3
.L170:
	jmp	.L178
	je	.L171
.L171:
	jmp	.L160
	jmp	.L178
.L172:
.L173:
	nop
	.byte 1,2,3
	movl $1, %eax
.L174:
.L175:
	xorl %eax, %eax
	nop
.L176:
	addq $100000, %rax
	jmp	.L176
.L177:
	jne	.L177
	je	.L177
	jmp	.L171
	jg	.L166
	jmp	.L182
	addq $100000, %rax
	jg	.L175
	jl	.L184
	jmp	.L169
.L178:
	movl $1, %eax
	.byte 1,2,3
	movl $1, %eax
	movb $1, %al
.L179:
	jmp	.L181
	addq $100000, %rax
	.byte 1,2,3
	nop
	jne	.L188
.L180:
.L181:
.L182:
.L183:
	je	.L175
	jl	.L177
.L184:
.L185:
	jmp	.L193
	jne	.L189
	movl $1, %eax
	.byte 1,2,3
	movb $1, %al
	jmp	.L175
	movb $1, %al
	.long 7
	jl	.L175
	jmp	.L193
	jl	.L194
	jmp	.L178
	.byte 1,2,3
	.long 7
	jmp	.L177
	je	.L190
	jg	.L191
	jl	.L185
	jmp	.L184
.L186:
	leaq 8(%rsp), %rsp
	jne	.L198
	leaq 8(%rsp), %rsp
	xorl %eax, %eax
.L187:
.L188:
	jne	.L185
	jmp	.L188
	jmp	.L191
	jmp	.L189
	jmp	.L194
.L189:
	.byte 1,2,3
	jne	.L180
	je	.L180
	jl	.L196
	je	.L200
	jg	.L186
	leaq 8(%rsp), %rsp
.L190:
.L191:
	leaq 8(%rsp), %rsp
	leaq 8(%rsp), %rsp
.L192:
	movb $1, %al
	movb $1, %al
	jl	.L201
	jg	.L196
	jl	.L187
	jl	.L196
	je	.L197
	movb $1, %al
	jg	.L199
	jmp	.L184
	jmp	.L191
.L193:
	addq $100000, %rax
	.byte 1,2,3
	addq $100000, %rax
	movl $1, %eax
	movb $1, %al
	jg	.L199
	.p2align 5,,3
	jl	.L193
	leaq 8(%rsp), %rsp
	jl	.L192
	nop
	jl	.L197
	.byte 1,2,3
	.p2align 4,,15
	je	.L193
	jmp	.L190
	jmp	.L200
	.byte 1,2,3
	je	.L198
	movb $1, %al
	movl $1, %eax
	movb $1, %al
	jmp	.L203
	jl	.L183
	je	.L185
	movb $1, %al
	movl $1, %eax
.L194:
	leaq 8(%rsp), %rsp
	.p2align 3
	jne	.L184
	.long 7
	jl	.L206
	movl $1, %eax
	je	.L207
	jmp	.L186
.L195:
	jmp	.L207
	xorl %eax, %eax
	jmp	.L201
	je	.L184
	jne	.L202
	.p2align 5,,3
	je	.L190
	leaq 8(%rsp), %rsp
	jg	.L188
	leaq 8(%rsp), %rsp
.L196:
	movb $1, %al
	je	.L209
	jl	.L185
	addq $100000, %rax
	jl	.L209
	movb $1, %al
	jl	.L193
	leaq 8(%rsp), %rsp
.L197:
.L198:
.L199:
.L200:
	.byte 1,2,3
.L201:
	jmp	.L204
.L202:
.L203:
	jmp	.L194
	jg	.L216
	jmp	.L215
	je	.L206
	jmp	.L209
	movb $1, %al
.L204:
	movl $1, %eax
	jg	.L193
	jmp	.L217
	xorl %eax, %eax
.L205:
	je	.L196
	xorl %eax, %eax
	jg	.L199
	je	.L203
	.p2align 3
	addq $100000, %rax
	jl	.L210
	je	.L213
	jne	.L209
.L206:
	.long 7
	.long 7
	je	.L205
	je	.L207
.L207:
.L208:
	jg	.L202
.L209:
.L210:
	jne	.L215
	xorl %eax, %eax
	addq $100000, %rax
	jl	.L223
	jl	.L215
	je	.L211
	je	.L206
.L211:
	jl	.L200
.L212:
.L213:
	jne	.L214
	movl $1, %eax
	leaq 8(%rsp), %rsp
	xorl %eax, %eax
	jl	.L225
	jg	.L210
	jl	.L218
	je	.L220
	jmp	.L214
	jmp	.L205
	movb $1, %al
	.byte 1,2,3
	.long 7
	movl $1, %eax
	je	.L205
.L214:
	jmp	.L217
	movb $1, %al
	nop
	jmp	.L224
.L215:
	jmp	.L206
	jmp	.L220
	.p2align 2
	nop
	jg	.L224
	leaq 8(%rsp), %rsp
.L216:
.L217:
.L218:
	movb $1, %al
	jne	.L225
	je	.L218
	movb $1, %al
	movb $1, %al
.L219:
	leaq 8(%rsp), %rsp
	jg	.L215
	.byte 1,2,3
	jne	.L222
	movl $1, %eax
	je	.L230
	nop
	.long 7
	jg	.L209
.L220:
	movl $1, %eax
	jmp	.L230
.L221:
	leaq 8(%rsp), %rsp
.L222:
	movl $1, %eax
	jl	.L218
	je	.L221
	je	.L227
	je	.L233
	jg	.L217
	jg	.L219
	jmp	.L218
.L223:
	jmp	.L216
	addq $100000, %rax
	.long 7
	je	.L221
	addq $100000, %rax
	je	.L236
	.byte 1,2,3
	jl	.L232
	jmp	.L227
	.byte 1,2,3
	jl	.L236
.L224:
	jmp	.L236
	jmp	.L216
.L225:
	jmp	.L236
	jg	.L224
	.byte 1,2,3
	addq $100000, %rax
.L226:
	.byte 1,2,3
	jmp	.L226
	movb $1, %al
	xorl %eax, %eax
	je	.L234
	jne	.L232
	jmp	.L227
.L227:
	jg	.L216
	.byte 1,2,3
	je	.L227
	movb $1, %al
	xorl %eax, %eax
	jne	.L238
	.long 7
	jne	.L220
	movb $1, %al
	addq $100000, %rax
	jg	.L230
	.byte 1,2,3
	movb $1, %al
	je	.L233
.L228:
	.long 7
	nop
	jne	.L222
	jmp	.L238
	jl	.L226
	jmp	.L226
	movl $1, %eax
	jg	.L240
.L229:
	leaq 8(%rsp), %rsp
	leaq 8(%rsp), %rsp
	jne	.L220
	movl $1, %eax
	leaq 8(%rsp), %rsp
	xorl %eax, %eax
	jmp	.L232
	movl $1, %eax
	.p2align 4
	.p2align 4
	jmp	.L240
	jmp	.L233
	jne	.L218
	jg	.L219
.L230:
	movb $1, %al
.L231:
	addq $100000, %rax
	je	.L244
	jmp	.L224
	je	.L239
	jmp	.L231
	movb $1, %al
	jg	.L234
.L232:
	jne	.L241
.L233:
	jmp	.L226
	jg	.L246
	addq $100000, %rax
	jmp	.L234
	jl	.L226
	leaq 8(%rsp), %rsp
	addq $100000, %rax
.L234:
	jg	.L224
	jmp	.L225
	nop
	je	.L235
	jmp	.L246
	movb $1, %al
	.byte 1,2,3
	.byte 1,2,3
	jl	.L225
	xorl %eax, %eax
	movl $1, %eax
	jg	.L232
	nop
	jmp	.L240
	nop
	movb $1, %al
	movl $1, %eax
	addq $100000, %rax
	je	.L230
	.byte 1,2,3
	leaq 8(%rsp), %rsp
	jne	.L242
	je	.L247
	movl $1, %eax
.L235:
.L236:
	jl	.L231
	je	.L242
	movl $1, %eax
.L237:
	jmp	.L240
	je	.L231
	.p2align 2
	.p2align 5,,3
.L238:
	.balign 16,,7
	jg	.L238
	movb $1, %al
	jmp	.L247
	jne	.L230
	jg	.L251
	.long 7
	nop
	jl	.L248
	movb $1, %al
	addq $100000, %rax
	jg	.L248
	jl	.L241
	jl	.L236
	jmp	.L230
	nop
	jne	.L234
	nop
	jg	.L238
	je	.L246
.L239:
.L240:
.L241:
.L242:
	movl $1, %eax
.L243:
.L244:
	jl	.L255
	.byte 1,2,3
.L245:
	nop
	movb $1, %al
.L246:
.L247:
	jne	.L242
.L248:
	jl	.L255
.L249:
	jmp	.L252
	jmp	.L259
	je	.L241
	jne	.L249
.L250:
.L251:
	.byte 1,2,3
	nop
	.byte 1,2,3
	jmp	.L245
.L252:
	jl	.L263
	xorl %eax, %eax
	je	.L243
	jmp	.L243
	jmp	.L250
	jne	.L257
	movl $1, %eax
.L253:
.L254:
	jne	.L263
	jg	.L251
	nop
	movb $1, %al
	jmp	.L265
	jl	.L262
	je	.L267
	jmp	.L265
	leaq 8(%rsp), %rsp
	leaq 8(%rsp), %rsp
	jg	.L247
	leaq 8(%rsp), %rsp
	movl $1, %eax
	jmp	.L265
	jne	.L257
	jmp	.L264
	jl	.L253
.L255:
.L256:
	movl $1, %eax
	movl $1, %eax
	jne	.L255
	jg	.L263
	jmp	.L262
	jne	.L246
	.byte 1,2,3
	movl $1, %eax
	jg	.L259
	jmp	.L249
	jmp	.L265
	jne	.L258
	jmp	.L252
	jl	.L264
	jmp	.L246
	je	.L263
	je	.L252
	je	.L256
.L257:
	movl $1, %eax
	addq $100000, %rax
	jmp	.L266
	jne	.L260
.L258:
	jne	.L254
	jl	.L260
	jl	.L260
	addq $100000, %rax
	jg	.L271
	jg	.L269
.L259:
	jne	.L262
.L260:
	jmp	.L273
.L261:
	jne	.L264
	jmp	.L255
	.byte 1,2,3
	jl	.L258
	je	.L268
.L262:
	jmp	.L269
	leaq 8(%rsp), %rsp
	jl	.L261
	nop
	jmp	.L253
	nop
	.byte 1,2,3
	xorl %eax, %eax
.L263:
.L264:
	jmp	.L253
	.long 7
	jl	.L271
	jmp	.L257
	jl	.L272
	jmp	.L264
	.p2align 5,,3
.L265:
	jg	.L276
	addq $100000, %rax
	je	.L269
.L266:
.L267:
	movb $1, %al
.L268:
	.long 7
	xorl %eax, %eax
	movl $1, %eax
.L269:
	movl $1, %eax
	jne	.L270
	.balign 16,,7
	addq $100000, %rax
	movl $1, %eax
.L270:
	leaq 8(%rsp), %rsp
	jmp	.L279
	xorl %eax, %eax
.L271:
	jl	.L276
	jl	.L276
.L272:
	jl	.L263
	jl	.L275
.L273:
	nop
	xorl %eax, %eax
.L274:
	movl $1, %eax
	jl	.L265
	movb $1, %al
	leaq 8(%rsp), %rsp
.L275:
.L276:
	.p2align 2
	jmp	.L279
	jg	.L279
	jg	.L277
	jg	.L265
	jne	.L269
	xorl %eax, %eax
	jmp	.L282
	jne	.L279
	jl	.L289
	.long 7
.L277:
	.byte 1,2,3
	nop
	.long 7
	xorl %eax, %eax
	.long 7
.L278:
	jne	.L291
	jg	.L272
	jmp	.L277
	je	.L272
	jl	.L271
	jmp	.L268
	leaq 8(%rsp), %rsp
	je	.L270
	addq $100000, %rax
	je	.L286
	je	.L284
	movb $1, %al
	jne	.L274
	je	.L276
	leaq 8(%rsp), %rsp
	xorl %eax, %eax
	je	.L271
	leaq 8(%rsp), %rsp
	je	.L282
	jmp	.L269
.L279:
	jg	.L283
	jl	.L291
	.long 7
	je	.L273
	.long 7
	jne	.L285
.L280:
	addq $100000, %rax
	leaq 8(%rsp), %rsp
	jmp	.L276
.L281:
	movl $1, %eax
.L282:
.L283:
	jl	.L291
	movl $1, %eax
	xorl %eax, %eax
.L284:
	nop
	jl	.L287
	jne	.L287
	addq $100000, %rax
	xorl %eax, %eax
	jg	.L292
.L285:
	jmp	.L277
	.p2align 3
	leaq 8(%rsp), %rsp
	nop
	jne	.L275
.L286:
	jmp	.L283
	addq $100000, %rax
	jg	.L289
	jmp	.L290
	movb $1, %al
	.byte 1,2,3
	je	.L276
	.long 7
	jmp	.L294
	jg	.L278
	je	.L281
	jl	.L288
	nop
.L287:
	jne	.L286
	addq $100000, %rax
	xorl %eax, %eax
	jmp	.L290
	jmp	.L291
	jmp	.L281
	jg	.L300
	je	.L299
	leaq 8(%rsp), %rsp
	jl	.L291
	jne	.L296
	leaq 8(%rsp), %rsp
	.balign 16,,7
	jg	.L285
	jmp	.L291
.L288:
	.long 7
.L289:
	leaq 8(%rsp), %rsp
	jmp	.L296
	jg	.L280
	jg	.L290
	jmp	.L296
	jg	.L300
	.long 7
.L290:
	.long 7
.L291:
	.long 7
	addq $100000, %rax
	jg	.L282
	jg	.L286
.L292:
	addq $100000, %rax
	je	.L284
	.p2align 4,,15
	movb $1, %al
	jmp	.L289
	jmp	.L300
	jmp	.L302
	.byte 1,2,3
	jmp	.L291
	.byte 1,2,3
	jg	.L298
	jne	.L300
	.long 7
	jmp	.L284
.L293:
	xorl %eax, %eax
	jmp	.L288
	jg	.L297
	jl	.L288
	jmp	.L286
	xorl %eax, %eax
	leaq 8(%rsp), %rsp
	jmp	.L282
	addq $100000, %rax
	addq $100000, %rax
	je	.L283
	jmp	.L286
	jmp	.L306
	jmp	.L291
	jl	.L282
	jl	.L299
	jmp	.L291
	jmp	.L305
	jg	.L282
	jne	.L299
	movb $1, %al
	.balign 16,,7
	jg	.L287
	jmp	.L292
	jmp	.L301
	je	.L288
	jg	.L295
.L294:
.L295:
	.p2align 5,,3
	jmp	.L292
.L296:
	.long 7
	jl	.L306
.L297:
	jne	.L298
	jne	.L307
	movb $1, %al
	jmp	.L292
	.p2align 4,,15
.L298:
	xorl %eax, %eax
	jmp	.L303
	leaq 8(%rsp), %rsp
	jmp	.L288
	jg	.L309
	jne	.L302
	je	.L303
.L299:
	jg	.L297
	jl	.L310
	jne	.L310
	nop
	movl $1, %eax
	jmp	.L292
.L300:
	xorl %eax, %eax
	movb $1, %al
.L301:
	movl $1, %eax
.L302:
	jg	.L312
	jne	.L291
	jne	.L296
	movb $1, %al
	.long 7
	jmp	.L308
	jne	.L312
	nop
	jmp	.L297
.L303:
	movb $1, %al
	movb $1, %al
	jg	.L294
	jl	.L293
	leaq 8(%rsp), %rsp
	.long 7
	movl $1, %eax
	movb $1, %al
	je	.L316
.L304:
	jmp	.L315
	movl $1, %eax
	jmp	.L301
.L305:
	jmp	.L311
.L306:
	jmp	.L316
.L307:
	movb $1, %al
	nop
.L308:
.L309:
	je	.L315
.L310:
	xorl %eax, %eax
	.p2align 4,,15
	addq $100000, %rax
	.long 7
	jmp	.L315
	.long 7
	jl	.L319
	jg	.L313
.L311:
	movl $1, %eax
	leaq 8(%rsp), %rsp
	jg	.L309
	jg	.L315
	je	.L305
	movb $1, %al
	jmp	.L318
	.long 7
	jl	.L305
	movl $1, %eax
.L312:
	jg	.L324
	jg	.L325
	movl $1, %eax
.L313:
	jne	.L313
	jmp	.L326
	jl	.L326
	.p2align 4,,10
	addq $100000, %rax
	nop
	addq $100000, %rax
	.byte 1,2,3
	leaq 8(%rsp), %rsp
.L314:
	movb $1, %al
	jl	.L308
	jmp	.L324
	jne	.L313
	jmp	.L324
	jne	.L316
	movl $1, %eax
	jl	.L323
	.long 7
	movb $1, %al
	jmp	.L312
	movb $1, %al
.L315:
	jl	.L320
	jg	.L317
	jg	.L324
	jne	.L326
.L316:
	.long 7
	jg	.L309
.L317:
	jg	.L311
	.long 7
.L318:
	jmp	.L330
	xorl %eax, %eax
	leaq 8(%rsp), %rsp
.L319:
	movl $1, %eax
	movl $1, %eax
	.p2align 4,,15
.L320:
	.byte 1,2,3
	nop
	jmp	.L315
	.p2align 3
	nop
	nop
.L321:
	jne	.L334
	leaq 8(%rsp), %rsp
	jg	.L321
	leaq 8(%rsp), %rsp
	jmp	.L333
	je	.L334
	je	.L326
	movl $1, %eax
	.p2align 4,,10
	jg	.L311
	jmp	.L316
	jl	.L322
.L322:
	jl	.L332
.L323:
	.long 7
	jmp	.L325
	jg	.L328
	jl	.L336
	jg	.L322
	movl $1, %eax
	je	.L324
	nop
	.long 7
	.p2align 3
	je	.L330
	jne	.L324
	addq $100000, %rax
	jmp	.L334
	je	.L315
	.long 7
	.byte 1,2,3
	movl $1, %eax
	jmp	.L315
	jmp	.L317
	jne	.L324
	jmp	.L332
	movb $1, %al
	je	.L316
	xorl %eax, %eax
	nop
	jg	.L320
	movl $1, %eax
	jl	.L324
.L324:
	jmp	.L319
	jl	.L313
	.p2align 3
.L325:
.L326:
	.p2align 4
	jne	.L319
	jl	.L320
	jmp	.L339
	leaq 8(%rsp), %rsp
	movl $1, %eax
	je	.L329
	movl $1, %eax
	jg	.L337
	movl $1, %eax
	xorl %eax, %eax
	addq $100000, %rax
	addq $100000, %rax
.L327:
	jl	.L327
	jmp	.L325
	.p2align 3
.L328:
	nop
.L329:
.L330:
	.byte 1,2,3
.L331:
	jmp	.L341
	.p2align 3
.L332:
.L333:
	.byte 1,2,3
	.byte 1,2,3
	movl $1, %eax
.L334:
	xorl %eax, %eax
	movl $1, %eax
	jne	.L346
	xorl %eax, %eax
.L335:
.L336:
.L337:
	xorl %eax, %eax
	addq $100000, %rax
.L338:
	jmp	.L344
	.byte 1,2,3
.L339:
	jmp	.L342
	jl	.L332
	addq $100000, %rax
	jl	.L329
	.p2align 4,,15
	jmp	.L333
	jmp	.L340
	movb $1, %al
	jmp	.L332
	.p2align 2
	.long 7
	xorl %eax, %eax
	.long 7
	jg	.L350
	xorl %eax, %eax
	jg	.L351
	jmp	.L340
	nop
	jmp	.L337
	addq $100000, %rax
	nop
	je	.L345
	jg	.L347
	jne	.L329
	jg	.L328
	jmp	.L339
	.long 7
	nop
.L340:
	movl $1, %eax
	jmp	.L329
	nop
	je	.L343
	movb $1, %al
	jmp	.L351
	je	.L334
	je	.L329
	.p2align 4
	jg	.L341
	je	.L338
	jmp	.L345
.L341:
	je	.L331
	jmp	.L336
.L342:
	jmp	.L336
	movl $1, %eax
.L343:
	jg	.L354
	jne	.L335
	addq $100000, %rax
	jmp	.L336
	jmp	.L356
	nop
	je	.L342
	addq $100000, %rax
.L344:
	jg	.L345
.L345:
	jne	.L335
	jmp	.L349
	jg	.L343
	jg	.L356
	nop
.L346:
.L347:
	.long 7
	.byte 1,2,3
	.long 7
	jg	.L355
	jmp	.L344
	movb $1, %al
.L348:
	nop
	.long 7
	jg	.L346
.L349:
	jmp	.L353
	.long 7
	jl	.L344
	je	.L352
	nop
.L350:
	jmp	.L356
	jmp	.L362
.L351:
.L352:
.L353:
	jmp	.L364
	jmp	.L361
	jmp	.L344
	movl $1, %eax
	addq $100000, %rax
	je	.L348
	nop
	je	.L357
	jmp	.L352
	je	.L342
	je	.L344
	.p2align 4,,15
	jg	.L361
	jg	.L354
	jne	.L360
	jl	.L364
	jmp	.L362
.L354:
	.byte 1,2,3
.L355:
	jg	.L367
	je	.L357
	xorl %eax, %eax
	.p2align 4
	.p2align 3
	je	.L354
	je	.L354
	nop
	movb $1, %al
	xorl %eax, %eax
	jl	.L348
	jne	.L358
	jne	.L360
	je	.L354
	nop
.L356:
.L357:
	xorl %eax, %eax
.L358:
.L359:
	jne	.L368
.L360:
	leaq 8(%rsp), %rsp
	je	.L362
	nop
	jne	.L350
	jne	.L364
	movb $1, %al
	leaq 8(%rsp), %rsp
	jg	.L352
	xorl %eax, %eax
	je	.L358
	.long 7
	nop
.L361:
	jne	.L364
	jne	.L361
	jne	.L358
	jl	.L374
	movb $1, %al
.L362:
	.p2align 4,,10
.L363:
	je	.L372
	jne	.L373
	.long 7
	jl	.L373
.L364:
	nop
	addq $100000, %rax
	movl $1, %eax
	.p2align 4,,15
	jl	.L357
	.byte 1,2,3
.L365:
	jmp	.L371
	.long 7
	jne	.L355
	jg	.L364
	.p2align 3
	jg	.L376
.L366:
	movb $1, %al
	.long 7
.L367:
	xorl %eax, %eax
	addq $100000, %rax
	.byte 1,2,3
	jg	.L362
	jne	.L368
	je	.L358
	jmp	.L366
	jmp	.L376
	jl	.L374
	jmp	.L376
	.p2align 3
	jmp	.L369
	addq $100000, %rax
	xorl %eax, %eax
	movb $1, %al
	je	.L365
	jl	.L368
	je	.L364
	addq $100000, %rax
	.byte 1,2,3
	movb $1, %al
	jmp	.L376
.L368:
	jne	.L372
.L369:
	.p2align 2
.L370:
	leaq 8(%rsp), %rsp
	leaq 8(%rsp), %rsp
	jne	.L367
.L371:
	addq $100000, %rax
	movl $1, %eax
.L372:
.L373:
.L374:
	jmp	.L377
.L375:
.L376:
	je	.L365
	.long 7
	jmp	.L383
	leaq 8(%rsp), %rsp
.L377:
	nop
	jne	.L386
	jg	.L385
	jg	.L384
	.long 7
	jl	.L385
	.byte 1,2,3
	.byte 1,2,3
	jl	.L370
	addq $100000, %rax
	je	.L382
	movb $1, %al
	movl $1, %eax
.L378:
	jmp	.L390
	.p2align 3
	jg	.L385
	addq $100000, %rax
	jl	.L385
	jmp	.L367
	jl	.L388
.L379:
	jmp	.L370
	nop
	xorl %eax, %eax
	jg	.L383
	jmp	.L382
	jg	.L377
	jmp	.L371
	jl	.L368
	jg	.L389
	.balign 16,,7
	.long 7
	jmp	.L376
	nop
	leaq 8(%rsp), %rsp
	jmp	.L374
	movl $1, %eax
	leaq 8(%rsp), %rsp
	jne	.L372
.L380:
	jne	.L384
	jg	.L386
.L381:
	jmp	.L390
	jl	.L394
	movl $1, %eax
.L382:
	jne	.L379
	jne	.L376
	jmp	.L372
	jmp	.L380
.L383:
	addq $100000, %rax
	jmp	.L389
	je	.L378
	.p2align 4
	.long 7
.L384:
.L385:
	movb $1, %al
	xorl %eax, %eax
	nop
	leaq 8(%rsp), %rsp
	jg	.L397
.L386:
	.byte 1,2,3
	.balign 16,,7
	je	.L393
	jg	.L387
	jmp	.L380
	jmp	.L386
	leaq 8(%rsp), %rsp
	jne	.L384
.L387:
	je	.L380
	leaq 8(%rsp), %rsp
	.p2align 2
	nop
	movb $1, %al
	nop
.L388:
	je	.L387
	movb $1, %al
	xorl %eax, %eax
.L389:
	leaq 8(%rsp), %rsp
	jl	.L399
	jne	.L402
	jmp	.L400
	jne	.L392
	movl $1, %eax
	je	.L398
	jmp	.L400
.L390:
	jmp	.L391
	leaq 8(%rsp), %rsp
	movb $1, %al
	jne	.L393
.L391:
.L392:
	addq $100000, %rax
	xorl %eax, %eax
.L393:
.L394:
	jmp	.L401
	jmp	.L388
	jmp	.L385
	je	.L403
.L395:
	xorl %eax, %eax
	jmp	.L392
	addq $100000, %rax
	jmp	.L403
.L396:
	jmp	.L403
	movb $1, %al
	.long 7
	movb $1, %al
	.long 7
	je	.L397
	xorl %eax, %eax
	xorl %eax, %eax
.L397:
	addq $100000, %rax
	movl $1, %eax
	movl $1, %eax
	xorl %eax, %eax
	jmp	.L406
	jl	.L407
	.byte 1,2,3
	jl	.L405
	xorl %eax, %eax
	jne	.L408
	movb $1, %al
	jl	.L395
	.p2align 3
	jmp	.L397
	movl $1, %eax
.L398:
	jmp	.L399
	jg	.L402
	jmp	.L402
	jne	.L404
	xorl %eax, %eax
	jl	.L396
	jmp	.L398
	jl	.L391
	addq $100000, %rax
	jmp	.L410
.L399:
	.byte 1,2,3
.L400:
	jl	.L390
	.p2align 3
	movb $1, %al
	.long 7
	.byte 1,2,3
	jmp	.L409
	.long 7
	leaq 8(%rsp), %rsp
	xorl %eax, %eax
	jg	.L403
	nop
.L401:
	addq $100000, %rax
	jg	.L413
	.long 7
	nop
	je	.L413
	je	.L407
.L402:
	.long 7
	jmp	.L398
.L403:
	jne	.L416
.L404:
	movb $1, %al
.L405:
	.p2align 3
	.balign 16,,7
	.p2align 5,,3
	jl	.L415
	jmp	.L418
	jmp	.L416
	jmp	.L403
.L406:
	jmp	.L399
	leaq 8(%rsp), %rsp
	movl $1, %eax
	.byte 1,2,3
	nop
	jmp	.L406
	xorl %eax, %eax
	jmp	.L407
	movb $1, %al
	.long 7
	jmp	.L400
	jg	.L415
	movl $1, %eax
	jne	.L395
	jmp	.L397
	je	.L408
	jne	.L408
.L407:
	xorl %eax, %eax
	jmp	.L411
	jmp	.L420
	je	.L406
	.byte 1,2,3
	.p2align 5,,3
	je	.L405
	movl $1, %eax
	.long 7
	je	.L404
.L408:
	leaq 8(%rsp), %rsp
	jg	.L417
	jl	.L399
	jmp	.L419
	movl $1, %eax
	addq $100000, %rax
.L409:
	jmp	.L409
	jmp	.L401
	xorl %eax, %eax
	.byte 1,2,3
	jmp	.L409
.L410:
	.p2align 4
.L411:
.L412:
	jmp	.L418
.L413:
.L414:
	nop
	jmp	.L420
	jmp	.L409
	.p2align 5,,3
	jmp	.L408
.L415:
	nop
	jl	.L417
.L416:
	jl	.L422
.L417:
	jg	.L425
	xorl %eax, %eax
	movb $1, %al
	movl $1, %eax
	nop
	je	.L420
	jg	.L421
	.byte 1,2,3
	jmp	.L411
	jmp	.L414
	je	.L424
	jg	.L423
	jmp	.L419
.L418:
	jmp	.L407
	.byte 1,2,3
	jg	.L414
.L419:
	.byte 1,2,3
	jg	.L424
.L420:
.L421:
	xorl %eax, %eax
	je	.L416
	nop
	xorl %eax, %eax
	.p2align 4,,15
	.p2align 5,,3
	.byte 1,2,3
	addq $100000, %rax
	.byte 1,2,3
	jg	.L423
.L422:
	movl $1, %eax
	nop
	jne	.L432
	jg	.L422
.L423:
	.byte 1,2,3
.L424:
	xorl %eax, %eax
	jmp	.L415
	jne	.L434
.L425:
	movb $1, %al
.L426:
	xorl %eax, %eax
	.p2align 4,,10
	jl	.L421
	jl	.L417
	nop
	xorl %eax, %eax
	jmp	.L435
	jmp	.L423
	.byte 1,2,3
	je	.L422
	movb $1, %al
	.p2align 4,,15
	leaq 8(%rsp), %rsp
	jmp	.L428
	jmp	.L421
	jmp	.L431
	jne	.L426
	jmp	.L417
	je	.L419
	jne	.L425
	addq $100000, %rax
	.long 7
	jg	.L421
	jmp	.L430
	xorl %eax, %eax
	.byte 1,2,3
	jmp	.L437
	jmp	.L418
	.byte 1,2,3
	jne	.L425
.L427:
	jmp	.L436
.L428:
	.byte 1,2,3
	jne	.L436
.L429:
	jg	.L437
	xorl %eax, %eax
.L430:
	movb $1, %al
.L431:
.L432:
	jne	.L439
	jne	.L443
.L433:
	jne	.L427
	jmp	.L442
	je	.L440
	.p2align 3
	jne	.L446
	jl	.L429
	jne	.L422
	jl	.L422
	leaq 8(%rsp), %rsp
	movl $1, %eax
.L434:
	.p2align 2
	jg	.L447
	jne	.L436
.L435:
	jg	.L427
.L436:
.L437:
	xorl %eax, %eax
	je	.L435
	movl $1, %eax
.L438:
	leaq 8(%rsp), %rsp
	jmp	.L437
	xorl %eax, %eax
	jne	.L450
.L439:
	jl	.L429
.L440:
	leaq 8(%rsp), %rsp
	movb $1, %al
	.byte 1,2,3
.L441:
	leaq 8(%rsp), %rsp
	addq $100000, %rax
	jl	.L434
	movl $1, %eax
	jne	.L448
.L442:
	jmp	.L437
	.p2align 4,,10
	leaq 8(%rsp), %rsp
	jl	.L441
	movb $1, %al
	movl $1, %eax
	jg	.L454
.L443:
	.long 7
	jg	.L447
	je	.L448
	jmp	.L445
	je	.L440
.L444:
	jg	.L450
	jl	.L440
	jl	.L446
	.long 7
	jmp	.L456
	movl $1, %eax
	nop
	jg	.L436
	.p2align 2
	.p2align 4
.L445:
	.p2align 2
	jmp	.L444
.L446:
	.p2align 4
	addq $100000, %rax
	.long 7
.L447:
	jne	.L452
	.p2align 4
.L448:
	addq $100000, %rax
	.p2align 5,,3
	jl	.L447
	jg	.L459
	.byte 1,2,3
	jne	.L448
	jne	.L444
	jl	.L444
	jmp	.L455
	.byte 1,2,3
	jg	.L460
.L449:
	jmp	.L443
	jmp	.L455
	je	.L460
	jmp	.L451
	xorl %eax, %eax
	jg	.L447
	movl $1, %eax
	je	.L449
	nop
.L450:
	jne	.L462
	addq $100000, %rax
	jne	.L455
	.long 7
	movl $1, %eax
	.long 7
	.long 7
	leaq 8(%rsp), %rsp
	.long 7
	je	.L443
.L451:
	jmp	.L450
	jne	.L448
	jne	.L450
	.long 7
.L452:
	movl $1, %eax
	je	.L447
	jmp	.L460
	jmp	.L462
	jmp	.L458
	jg	.L451
	movl $1, %eax
	.byte 1,2,3
	jne	.L443
	.long 7
	jne	.L450
	jmp	.L454
.L453:
	jmp	.L460
	xorl %eax, %eax
	movb $1, %al
	je	.L450
	xorl %eax, %eax
	je	.L456
.L454:
	movl $1, %eax
.L455:
	jmp	.L463
	leaq 8(%rsp), %rsp
	xorl %eax, %eax
	addq $100000, %rax
	nop
.L456:
	movl $1, %eax
.L457:
	.p2align 4,,10
	jl	.L460
	jg	.L466
	jl	.L462
	jl	.L447
	xorl %eax, %eax
	jl	.L446
	movb $1, %al
	movl $1, %eax
	xorl %eax, %eax
	.byte 1,2,3
	nop
	jg	.L466
	.p2align 2
	jg	.L452
	jmp	.L451
.L458:
	nop
.L459:
.L460:
.L461:
	jg	.L467
.L462:
	jmp	.L465
	jl	.L470
	jne	.L463
	jg	.L470
	jmp	.L474
	.long 7
	jg	.L453
	jg	.L452
	jmp	.L456
	jg	.L453
.L463:
.L464:
	jl	.L467
	addq $100000, %rax
	jl	.L457
	addq $100000, %rax
	jg	.L460
	je	.L466
.L465:
	jg	.L476
.L466:
	jg	.L464
	nop
	.p2align 5,,3
.L467:
	xorl %eax, %eax
	.long 7
	addq $100000, %rax
	jmp	.L467
	addq $100000, %rax
	jmp	.L469
	.long 7
	jl	.L479
	jne	.L461
	je	.L480
	.byte 1,2,3
	nop
	addq $100000, %rax
	jg	.L462
.L468:
	.byte 1,2,3
	je	.L462
.L469:
	nop
.L470:
	jmp	.L471
.L471:
	nop
	jg	.L480
	jne	.L479
	jg	.L476
	.long 7
	je	.L464
.L472:
	movl $1, %eax
	.byte 1,2,3
.L473:
.L474:
.L475:
	jl	.L480
	jl	.L478
.L476:
.L477:
.L478:
	jmp	.L480
.L479:
	jl	.L481
	jne	.L485
.L480:
	jmp	.L481
	jl	.L471
	jg	.L474
.L481:
	.p2align 2
	nop
	je	.L490
	jg	.L481
	jne	.L487
	.long 7
	je	.L490
	addq $100000, %rax
	jne	.L493
	jne	.L485
	jne	.L473
	jmp	.L493
	jmp	.L479
	je	.L483
	jg	.L486
	jg	.L471
	je	.L477
	leaq 8(%rsp), %rsp
	je	.L489
	jmp	.L479
	jg	.L479
	jg	.L482
	jl	.L482
	movb $1, %al
	je	.L493
	.long 7
	jg	.L485
.L482:
	jmp	.L495
	jl	.L487
	.balign 16,,7
	jg	.L487
.L483:
	jne	.L482
.L484:
	leaq 8(%rsp), %rsp
	jmp	.L482
	jmp	.L491
	movl $1, %eax
	jmp	.L495
	jmp	.L496
	jg	.L479
	movb $1, %al
	.long 7
	.long 7
.L485:
	jl	.L484
.L486:
	xorl %eax, %eax
	jmp	.L499
	jmp	.L494
	.p2align 4,,15
.L487:
	.balign 16,,7
	nop
	jg	.L491
	jg	.L477
	movb $1, %al
	jmp	.L494
	xorl %eax, %eax
	je	.L491
	xorl %eax, %eax
	jmp	.L483
	jl	.L495
	jl	.L499
	jl	.L500
	jne	.L480
	.balign 16,,7
	jg	.L477
	jmp	.L476
	jmp	.L495
	jne	.L476
.L488:
	movl $1, %eax
	jne	.L496
	jmp	.L499
.L489:
	jg	.L492
.L490:
	jmp	.L501
	jmp	.L484
.L491:
	.long 7
	addq $100000, %rax
	jl	.L481
	nop
	nop
.L492:
.L493:
	jmp	.L491
.L494:
	.p2align 2
	jl	.L485
	jg	.L494
	movb $1, %al
	nop
	nop
.L495:
.L496:
.L497:
	jl	.L502
.L498:
	je	.L509
.L499:
	.p2align 4,,10
	nop
	nop
	addq $100000, %rax
.L500:
	jmp	.L510
	jne	.L497
	jg	.L507
	jg	.L508
	jl	.L506
	leaq 8(%rsp), %rsp
.L501:
	.long 7
	je	.L510
.L502:
	.byte 1,2,3
	jl	.L511
	jl	.L505
.L503:
	addq $100000, %rax
	addq $100000, %rax
.L504:
	.long 7
	je	.L495
	.long 7
.L505:
	.byte 1,2,3
	jg	.L499
	jne	.L498
	jne	.L509
	leaq 8(%rsp), %rsp
	jl	.L496
	movl $1, %eax
.L506:
.L507:
	movl $1, %eax
	movb $1, %al
.L508:
	jne	.L503
	jl	.L510
	je	.L511
	movb $1, %al
	jg	.L506
	jmp	.L515
	.long 7
	jne	.L509
	jl	.L506
	jg	.L504
	jne	.L512
	movl $1, %eax
	jne	.L509
	jne	.L502
	jmp	.L509
.L509:
	movl $1, %eax
	jmp	.L508
.L510:
	.p2align 4
	movb $1, %al
	je	.L501
	.byte 1,2,3
	movb $1, %al
	addq $100000, %rax
.L511:
	xorl %eax, %eax
	.byte 1,2,3
	jmp	.L513
	.balign 16,,7
.L512:
	jne	.L502
	addq $100000, %rax
	je	.L519
	nop
	nop
.L513:
.L514:
	leaq 8(%rsp), %rsp
	xorl %eax, %eax
.L515:
	.byte 1,2,3
	jl	.L517
	addq $100000, %rax
	je	.L513
.L516:
	.byte 1,2,3
	jl	.L526
	leaq 8(%rsp), %rsp
	jmp	.L512
	jmp	.L517
	je	.L526
	jmp	.L528
	jne	.L516
	nop
	nop
.L517:
.L518:
	addq $100000, %rax
	jg	.L513
	jne	.L515
	jmp	.L520
.L519:
	jg	.L526
	je	.L527
	movb $1, %al
	leaq 8(%rsp), %rsp
	nop
	jl	.L523
	nop
	nop
	.p2align 5,,3
.L520:
	jne	.L525
	nop
	xorl %eax, %eax
	je	.L521
	jg	.L525
	addq $100000, %rax
	jne	.L527
	.byte 1,2,3
	xorl %eax, %eax
	jg	.L515
	xorl %eax, %eax
	jne	.L528
.L521:
.L522:
.L523:
	jne	.L522
	jne	.L512
	jmp	.L516
	je	.L523
	jl	.L520
	jne	.L512
	xorl %eax, %eax
	addq $100000, %rax
.L524:
	movl $1, %eax
	jl	.L528
	movl $1, %eax
	jmp	.L530
	.p2align 5,,3
.L525:
	addq $100000, %rax
.L526:
	jmp	.L522
	xorl %eax, %eax
	leaq 8(%rsp), %rsp
	jg	.L532
.L527:
	movl $1, %eax
	.p2align 4
	xorl %eax, %eax
	nop
	jmp	.L517
.L528:
	jg	.L530
	jmp	.L529
	.p2align 4
	jne	.L519
	.byte 1,2,3
	nop
	je	.L530
	leaq 8(%rsp), %rsp
	.long 7
.L529:
	nop
	addq $100000, %rax
	je	.L528
	jmp	.L524
	movb $1, %al
.L530:
	.p2align 4
	jl	.L521
	jg	.L524
	nop
	jg	.L520
	movb $1, %al
	je	.L532
	leaq 8(%rsp), %rsp
	jl	.L532
	jmp	.L542
.L531:
	addq $100000, %rax
	jl	.L520
	jmp	.L536
	jmp	.L535
	addq $100000, %rax
.L532:
	jg	.L523
	.long 7
	.p2align 4,,10
	jg	.L533
.L533:
.L534:
.L535:
	je	.L524
.L536:
	nop
	addq $100000, %rax
	jne	.L541
	je	.L547
	jmp	.L542
	.byte 1,2,3
	jg	.L536
	jg	.L537
	movl $1, %eax
	jne	.L544
	je	.L531
	addq $100000, %rax
	movb $1, %al
	.byte 1,2,3
	je	.L539
	movb $1, %al
	jl	.L544
	je	.L549
	addq $100000, %rax
	.long 7
	je	.L529
	jmp	.L530
.L537:
.L538:
	jmp	.L530
	movl $1, %eax
	jmp	.L543
.L539:
	jl	.L541
	jg	.L545
.L540:
.L541:
	jmp	.L541
	.long 7
	jl	.L545
	jmp	.L533
	je	.L535
	nop
.L542:
.L543:
	nop
	.long 7
.L544:
	jmp	.L544
.L545:
	xorl %eax, %eax
	jg	.L555
	jl	.L552
	addq $100000, %rax
.L546:
	movb $1, %al
	jg	.L555
.L547:
.L548:
.L549:
.L550:
	jg	.L544
	jl	.L549
	xorl %eax, %eax
	jmp	.L548
	jg	.L562
	movb $1, %al
	xorl %eax, %eax
.L551:
	jmp	.L548
.L552:
	jmp	.L550
	leaq 8(%rsp), %rsp
	nop
	.p2align 2
	je	.L548
	leaq 8(%rsp), %rsp
	.byte 1,2,3
.L553:
	jne	.L548
	xorl %eax, %eax
	movb $1, %al
	.p2align 3
	je	.L555
.L554:
.L555:
	movb $1, %al
.L556:
	.p2align 2
	jg	.L566
	movb $1, %al
	addq $100000, %rax
	jne	.L550
.L557:
.L558:
.L559:
	movb $1, %al
	jl	.L555
	jg	.L554
.L560:
.L561:
	.byte 1,2,3
	je	.L554
	.p2align 4
.L562:
	.byte 1,2,3
	.byte 1,2,3
	xorl %eax, %eax
	.long 7
.L563:
	nop
	movl $1, %eax
.L564:
	.p2align 4
.L565:
	je	.L563
.L566:
	jmp	.L573
	xorl %eax, %eax
.L567:
	movb $1, %al
	.p2align 2
.L568:
	je	.L557
	jne	.L574
	jne	.L563
	.byte 1,2,3
	je	.L561
	.long 7
.L569:
.L570:
.L571:
	jmp	.L577
.L572:
	jmp	.L562
	je	.L584
	xorl %eax, %eax
.L573:
.L574:
	je	.L580
	jmp	.L575
.L575:
.L576:
	.long 7
	je	.L585
	.long 7
	jne	.L567
	jl	.L573
	.long 7
	jl	.L567
.L577:
	jne	.L577
.L578:
	jmp	.L567
.L579:
	nop
	jne	.L587
	nop
	nop
	jmp	.L585
	nop
	.p2align 4
	nop
	jmp	.L580
	jmp	.L572
	leaq 8(%rsp), %rsp
.L580:
	movl $1, %eax
.L581:
	jmp	.L579
.L582:
	jne	.L573
	jg	.L571
	jg	.L578
	jne	.L586
	jmp	.L571
	movb $1, %al
	addq $100000, %rax
.L583:
	.long 7
	.byte 1,2,3
.L584:
	jne	.L594
	movl $1, %eax
	jg	.L573
	xorl %eax, %eax
	jl	.L576
	movl $1, %eax
.L585:
	jne	.L581
	movb $1, %al
	.long 7
.L586:
	jne	.L585
.L587:
	je	.L577
	je	.L592
.L588:
.L589:
	je	.L595
	jl	.L592
.L590:
.L591:
	jne	.L581
.L592:
	je	.L602
	jg	.L585
	xorl %eax, %eax
.L593:
	jg	.L582
.L594:
	je	.L584
	jg	.L596
	.p2align 4
	.byte 1,2,3
	jmp	.L594
	leaq 8(%rsp), %rsp
	xorl %eax, %eax
.L595:
	movb $1, %al
	jmp	.L587
	jmp	.L595
	jg	.L607
	.long 7
	.byte 1,2,3
	jmp	.L602
.L596:
	je	.L605
	jl	.L586
.L597:
	jne	.L590
	.byte 1,2,3
	nop
.L598:
	jl	.L607
	.balign 16,,7
.L599:
	je	.L590
	jl	.L593
	addq $100000, %rax
	jmp	.L609
	movl $1, %eax
	.byte 1,2,3
	je	.L612
.L600:
.L601:
.L602:
	movb $1, %al
	jl	.L611
.L603:
	jl	.L608
	jne	.L593
.L604:
	addq $100000, %rax
	jmp	.L603
	jmp	.L615
	xorl %eax, %eax
	jl	.L616
.L605:
	jg	.L614
.L606:
.L607:
	jmp	.L607
.L608:
	jl	.L598
	nop
	xorl %eax, %eax
	movb $1, %al
.L609:
	xorl %eax, %eax
.L610:
	jne	.L620
	.p2align 4,,10
	xorl %eax, %eax
	.p2align 4,,15
.L611:
	leaq 8(%rsp), %rsp
	.byte 1,2,3
	jg	.L620
	.byte 1,2,3
	nop
	jg	.L602
	movb $1, %al
	nop
	jne	.L607
	je	.L613
	leaq 8(%rsp), %rsp
	addq $100000, %rax
	nop
	jmp	.L602
	leaq 8(%rsp), %rsp
	jmp	.L615
	leaq 8(%rsp), %rsp
	xorl %eax, %eax
	leaq 8(%rsp), %rsp
	movl $1, %eax
	.long 7
	jmp	.L616
	jne	.L605
.L612:
	xorl %eax, %eax
	nop
	.long 7
.L613:
.L614:
.L615:
	addq $100000, %rax
	addq $100000, %rax
	movl $1, %eax
	jmp	.L618
.L616:
	jne	.L619
	jl	.L613
	.p2align 4
.L617:
	jmp	.L620
	jl	.L618
	jg	.L608
.L618:
	jne	.L619
	jne	.L615
.L619:
.L620:
	addq $100000, %rax
	movb $1, %al
	jmp	.L617
	xorl %eax, %eax
	jmp	.L624
	jmp	.L632
	.long 7
	movb $1, %al
	jne	.L616
	jmp	.L623
	jl	.L611
	jne	.L621
	movb $1, %al
	jg	.L611
	jl	.L628
.L621:
	.long 7
.L622:
	movl $1, %eax
.L623:
	leaq 8(%rsp), %rsp
	jg	.L616
	jne	.L623
	jg	.L622
	jne	.L631
	nop
	je	.L612
	nop
	.long 7
	je	.L634
	jl	.L615
	jl	.L629
.L624:
	jg	.L617
	jmp	.L630
	jne	.L624
	jg	.L632
.L625:
	jg	.L630
.L626:
	jmp	.L622
	je	.L618
.L627:
	.byte 1,2,3
.L628:
	.long 7
	.byte 1,2,3
	jmp	.L624
	jl	.L629
.L629:
	addq $100000, %rax
	leaq 8(%rsp), %rsp
.L630:
	xorl %eax, %eax
	.byte 1,2,3
	jg	.L627
	jne	.L632
	jmp	.L631
	jmp	.L627
	movb $1, %al
	movb $1, %al
	jmp	.L631
	jmp	.L623
	jmp	.L620
	movl $1, %eax
	xorl %eax, %eax
	je	.L626
	addq $100000, %rax
	.long 7
	.p2align 4,,15
	.p2align 4,,15
	addq $100000, %rax
	leaq 8(%rsp), %rsp
	leaq 8(%rsp), %rsp
	jmp	.L621
	jmp	.L619
	je	.L623
	je	.L629
	jmp	.L636
	jmp	.L631
.L631:
	jmp	.L636
	jne	.L637
	jne	.L629
	nop
.L632:
	nop
.L633:
	leaq 8(%rsp), %rsp
	je	.L622
.L634:
	je	.L645
.L635:
	jne	.L638
	movb $1, %al
	jmp	.L641
	addq $100000, %rax
	je	.L637
	jg	.L628
	jmp	.L640
.L636:
	movb $1, %al
	jmp	.L645
	jne	.L646
	movb $1, %al
	.p2align 5,,3
.L637:
.L638:
	jmp	.L630
	jmp	.L650
	leaq 8(%rsp), %rsp
	jmp	.L645
	.balign 16,,7
	.byte 1,2,3
	jg	.L639
	jne	.L634
	jmp	.L641
	jg	.L639
	movl $1, %eax
.L639:
	jl	.L649
	jne	.L628
	jmp	.L644
	.p2align 4,,15
	xorl %eax, %eax
	movb $1, %al
	.long 7
	nop
.L640:
	.long 7
.L641:
	jmp	.L635
	xorl %eax, %eax
	movb $1, %al
.L642:
	jl	.L636
	addq $100000, %rax
	.byte 1,2,3
	jmp	.L635
	jg	.L653
.L643:
	jmp	.L650
	je	.L648
	.byte 1,2,3
.L644:
.L645:
	jg	.L637
	jne	.L649
	jne	.L651
	je	.L644
	.byte 1,2,3
	xorl %eax, %eax
	jmp	.L637
	leaq 8(%rsp), %rsp
	jne	.L655
	xorl %eax, %eax
	leaq 8(%rsp), %rsp
	jmp	.L646
	xorl %eax, %eax
	addq $100000, %rax
	jl	.L639
	leaq 8(%rsp), %rsp
	jg	.L641
	xorl %eax, %eax
	je	.L648
	movb $1, %al
	jne	.L655
	nop
	jl	.L657
.L646:
	jmp	.L637
.L647:
	je	.L655
	nop
	jmp	.L637
	jmp	.L657
	jmp	.L656
	.p2align 5,,3
.L648:
	jne	.L641
.L649:
	nop
	leaq 8(%rsp), %rsp
.L650:
	je	.L650
	jne	.L641
	movb $1, %al
	.long 7
	.p2align 4
.L651:
.L652:
.L653:
	movb $1, %al
	jmp	.L659
	je	.L661
	addq $100000, %rax
	jne	.L647
	.long 7
	.balign 16,,7
	jmp	.L661
.L654:
	.p2align 3
	.byte 1,2,3
	xorl %eax, %eax
	jg	.L659
.L655:
	xorl %eax, %eax
	jmp	.L658
	movb $1, %al
	je	.L648
	nop
	.byte 1,2,3
	jmp	.L646
	leaq 8(%rsp), %rsp
	nop
	movb $1, %al
	je	.L649
	nop
	jmp	.L648
	addq $100000, %rax
	je	.L656
	nop
	jmp	.L656
	.balign 16,,7
	jne	.L661
.L656:
	.byte 1,2,3
.L657:
	xorl %eax, %eax
	movb $1, %al
	jl	.L669
	leaq 8(%rsp), %rsp
	jmp	.L662
	movl $1, %eax
	xorl %eax, %eax
	jmp	.L658
.L658:
.L659:
	jmp	.L665
	addq $100000, %rax
	movl $1, %eax
.L660:
	.long 7
	jg	.L664
.L661:
.L662:
.L663:
	je	.L671
	je	.L655
	jmp	.L657
	jmp	.L661
.L664:
	je	.L671
.L665:
	.long 7
	jmp	.L669
.L666:
.L667:
	leaq 8(%rsp), %rsp
	jne	.L660
	jg	.L674
.L668:
	je	.L660
	jne	.L667
	leaq 8(%rsp), %rsp
	movb $1, %al
	nop
	jmp	.L665
	jl	.L658
	jne	.L657
	jmp	.L676
	leaq 8(%rsp), %rsp
	xorl %eax, %eax
.L669:
	je	.L666
.L670:
.L671:
	movb $1, %al
.L672:
	.long 7
	movb $1, %al
	addq $100000, %rax
	jne	.L664
	.byte 1,2,3
	jl	.L679
	xorl %eax, %eax
.L673:
	.long 7
	xorl %eax, %eax
	jg	.L670
	.p2align 4
	jg	.L673
	jg	.L684
.L674:
	.long 7
	je	.L687
.L675:
	.p2align 5,,3
	nop
	addq $100000, %rax
	leaq 8(%rsp), %rsp
	jmp	.L686
	.p2align 4,,15
	jl	.L674
	jg	.L682
	nop
	jmp	.L688
	jg	.L665
	movl $1, %eax
.L676:
	xorl %eax, %eax
	.p2align 4,,15
	je	.L684
.L677:
	je	.L690
	jg	.L680
.L678:
.L679:
	xorl %eax, %eax
	jg	.L680
	je	.L687
.L680:
.L681:
	movb $1, %al
	jmp	.L670
	leaq 8(%rsp), %rsp
	leaq 8(%rsp), %rsp
	xorl %eax, %eax
	jmp	.L681
.L682:
	.long 7
	nop
.L683:
	leaq 8(%rsp), %rsp
.L684:
.L685:
	addq $100000, %rax
	.byte 1,2,3
	.long 7
.L686:
.L687:
	movl $1, %eax
	jmp	.L676
.L688:
	addq $100000, %rax
.L689:
	movl $1, %eax
	jg	.L678
	jl	.L679
	jl	.L700
	je	.L688
	jl	.L688
	jmp	.L687
	.long 7
	jmp	.L700
	jl	.L691
	jg	.L692
	movb $1, %al
	jne	.L700
	.byte 1,2,3
.L690:
.L691:
	jne	.L697
	leaq 8(%rsp), %rsp
	.p2align 4,,15
	leaq 8(%rsp), %rsp
	je	.L703
	je	.L696
.L692:
	.byte 1,2,3
.L693:
.L694:
	jmp	.L707
	movb $1, %al
	jl	.L690
	addq $100000, %rax
	movb $1, %al
	xorl %eax, %eax
	.balign 16,,7
	je	.L687
	movl $1, %eax
.L695:
	.p2align 5,,3
	movb $1, %al
	jg	.L704
	jl	.L696
	.balign 16,,7
	movb $1, %al
	movb $1, %al
	jmp	.L689
	je	.L707
	movl $1, %eax
	movl $1, %eax
	xorl %eax, %eax
.L696:
	.p2align 2
.L697:
	nop
	je	.L700
	.byte 1,2,3
.L698:
	leaq 8(%rsp), %rsp
	jl	.L707
	jmp	.L698
	je	.L693
	movl $1, %eax
	jg	.L702
	jne	.L698
	jg	.L687
.L699:
	je	.L712
.L700:
.L701:
	.byte 1,2,3
	jl	.L691
	je	.L692
	jne	.L705
.L702:
	jl	.L701
	addq $100000, %rax
	jmp	.L708
	movl $1, %eax
	jmp	.L712
	jg	.L699
	jg	.L693
	nop
	addq $100000, %rax
.L703:
	jl	.L702
	jg	.L704
	xorl %eax, %eax
	jne	.L693
.L704:
.L705:
	.byte 1,2,3
	jmp	.L710
	je	.L715
	jmp	.L694
	.p2align 4,,10
	addq $100000, %rax
	movl $1, %eax
	movb $1, %al
	nop
.L706:
	nop
.L707:
	jmp	.L697
	.long 7
	jne	.L696
	movl $1, %eax
	jl	.L705
	xorl %eax, %eax
	nop
	xorl %eax, %eax
.L708:
	movl $1, %eax
	jl	.L698
	leaq 8(%rsp), %rsp
	jg	.L714
	jmp	.L709
	jl	.L709
	.p2align 5,,3
	leaq 8(%rsp), %rsp
	nop
	jmp	.L716
	jmp	.L698
	jl	.L709
	.long 7
	.byte 1,2,3
	.byte 1,2,3
	jmp	.L720
.L709:
.L710:
	nop
	je	.L704
	jmp	.L707
.L711:
	jmp	.L712
	jmp	.L718
	jne	.L703
	addq $100000, %rax
	jg	.L704
	jne	.L715
	.long 7
	.p2align 2
	jg	.L720
	movb $1, %al
.L712:
	jg	.L718
	jg	.L714
	addq $100000, %rax
	jg	.L704
	jl	.L722
	nop
	.byte 1,2,3
.L713:
	.byte 1,2,3
	.byte 1,2,3
	xorl %eax, %eax
.L714:
.L715:
	jmp	.L706
	je	.L720
	movl $1, %eax
.L716:
.L717:
	movl $1, %eax
	nop
.L718:
	.long 7
	jl	.L724
	xorl %eax, %eax
.L719:
	leaq 8(%rsp), %rsp
.L720:
.L721:
	nop
	jmp	.L712
	xorl %eax, %eax
	nop
	jl	.L711
	jl	.L717
	jne	.L731
	jg	.L724
	addq $100000, %rax
.L722:
	jg	.L728
	jmp	.L728
	jg	.L725
.L723:
	.byte 1,2,3
.L724:
	jl	.L724
.L725:
.L726:
	addq $100000, %rax
	.byte 1,2,3
	nop
	jl	.L724
	jmp	.L726
	movl $1, %eax
.L727:
	jg	.L721
.L728:
	xorl %eax, %eax
	jg	.L723
.L729:
.L730:
	nop
	je	.L723
	jmp	.L723
.L731:
	jg	.L724
	.p2align 5,,3
	xorl %eax, %eax
	jne	.L722
	jne	.L741
	jg	.L725
	movb $1, %al
.L732:
	nop
	jne	.L740
.L733:
	jne	.L727
	jg	.L725
.L734:
	jg	.L736
	nop
	.byte 1,2,3
	addq $100000, %rax
	jg	.L744
	.byte 1,2,3
	.byte 1,2,3
	xorl %eax, %eax
.L735:
	jne	.L737
	jg	.L746
	je	.L729
	movb $1, %al
	jne	.L726
	je	.L741
	jne	.L747
.L736:
	.p2align 4,,15
	jne	.L746
	je	.L732
	jl	.L741
	movl $1, %eax
.L737:
	.p2align 4
	movb $1, %al
	jne	.L736
.L738:
.L739:
	je	.L746
	jg	.L744
	jne	.L750
.L740:
.L741:
	jl	.L737
	jg	.L733
	je	.L733
	xorl %eax, %eax
	jne	.L750
	.p2align 3
.L742:
	jmp	.L755
	jmp	.L748
	nop
	.byte 1,2,3
	nop
	leaq 8(%rsp), %rsp
	.byte 1,2,3
	jmp	.L750
	jmp	.L755
	je	.L732
	jg	.L737
	leaq 8(%rsp), %rsp
	.byte 1,2,3
	xorl %eax, %eax
	je	.L746
	jmp	.L743
	jne	.L754
.L743:
	.byte 1,2,3
	.p2align 3
	jne	.L732
	jg	.L743
	jmp	.L742
.L744:
	jmp	.L752
	jg	.L751
	.p2align 5,,3
	xorl %eax, %eax
	movl $1, %eax
.L745:
	jl	.L755
	jl	.L756
	jg	.L742
	jl	.L743
	jg	.L747
	.long 7
	nop
	xorl %eax, %eax
	jg	.L748
.L746:
	jl	.L744
	.byte 1,2,3
	jg	.L735
.L747:
	je	.L749
	jg	.L739
	leaq 8(%rsp), %rsp
	movb $1, %al
.L748:
	.byte 1,2,3
	jmp	.L740
	addq $100000, %rax
	addq $100000, %rax
	movl $1, %eax
	jl	.L754
	movb $1, %al
	jmp	.L760
	movl $1, %eax
	nop
	jg	.L756
	.long 7
	jg	.L751
	nop
	je	.L749
	movb $1, %al
	jg	.L740
	movb $1, %al
	addq $100000, %rax
	nop
	.byte 1,2,3
	movb $1, %al
	nop
	jmp	.L747
	jmp	.L755
	leaq 8(%rsp), %rsp
	.byte 1,2,3
.L749:
	jne	.L755
	jl	.L762
	.long 7
.L750:
	.p2align 2
	addq $100000, %rax
	jmp	.L746
	jg	.L753
	jmp	.L742
	jl	.L748
	jmp	.L762
	xorl %eax, %eax
	jmp	.L746
	jl	.L760
	jne	.L742
	jmp	.L758
	jmp	.L761
.L751:
	leaq 8(%rsp), %rsp
.L752:
	movl $1, %eax
	jmp	.L741
	jmp	.L765
.L753:
	jmp	.L754
	leaq 8(%rsp), %rsp
	jg	.L744
.L754:
	jmp	.L752
	jne	.L756
	movl $1, %eax
	jmp	.L760
	xorl %eax, %eax
.L755:
	je	.L767
	.p2align 2
	je	.L763
	je	.L762
	jg	.L768
	movb $1, %al
	jmp	.L762
.L756:
	addq $100000, %rax
	.long 7
.L757:
	.balign 16,,7
	movl $1, %eax
	xorl %eax, %eax
	jmp	.L754
	jl	.L768
	movb $1, %al
	jne	.L752
	movl $1, %eax
.L758:
.L759:
.L760:
	jl	.L768
	jne	.L771
.L761:
	jl	.L752
	jl	.L772
	je	.L768
	jmp	.L773
	addq $100000, %rax
.L762:
	movb $1, %al
.L763:
	jmp	.L754
	.long 7
	jmp	.L771
	jg	.L764
	jg	.L758
	jmp	.L759
	jne	.L754
	jl	.L761
.L764:
	jne	.L769
	jmp	.L768
	jne	.L754
	addq $100000, %rax
	.long 7
	nop
	xorl %eax, %eax
.L765:
	movl $1, %eax
	leaq 8(%rsp), %rsp
	xorl %eax, %eax
	jl	.L775
	jg	.L760
	nop
	jmp	.L754
	jg	.L769
	nop
	.p2align 5,,3
	je	.L776
	jmp	.L754
	movl $1, %eax
.L766:
	je	.L775
	jmp	.L765
	leaq 8(%rsp), %rsp
	jmp	.L770
	jmp	.L768
.L767:
	nop
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
