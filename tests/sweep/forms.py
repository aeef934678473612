"""The sweep's forms: every mnemonic with its operand forms, written from the Intel SDM's instruction list.

A form is `mnemonic sizes: operands` where `sizes` is a subset of `bwlq` (the AT&T size family, each size
tried with and without its suffix) or `-` (no size family), and operands (AT&T order) are slot names:

  r rm i i8 acc    general register / register-or-memory / immediate / imm8 / accumulator of the family size
  r8..r64 rm8..rm64 fixed-size general registers or memory     m  memory of any size
  cl dx one        %cl, %dx, $1             sreg cr dr     segment / control / debug registers
  x xm xmm0        xmm register / xmm-or-memory / %xmm0      mm mmm   mmx register / mmx-or-memory
  y ym             ymm register / ymm-or-memory
  st st0           %st(i) / %st             rel          a label (near and far ones are defined)
  i16 i32 i64      fixed-width immediates   moff         an absolute address

Each slot expands to a representative set (all 16 registers, ~40 addressing modes including %rsp/%rbp/
%r12/%r13 bases, SIB, disp8/disp32, RIP-relative, absolute, segment overrides, 32-bit addressing, symbols;
boundary immediates). A form expands slot by slot around a base choice, so each slot sees every choice
while the line count stays linear. GNU as decides which of the resulting statements it accepts.
"""

GPR = {
    1: ["al", "cl", "dl", "bl", "spl", "bpl", "sil", "dil", "r8b", "r9b", "r10b", "r11b", "r12b", "r13b", "r14b", "r15b",
        "ah", "bh"],
    2: ["ax", "cx", "dx", "bx", "sp", "bp", "si", "di", "r8w", "r9w", "r10w", "r11w", "r12w", "r13w", "r14w", "r15w"],
    4: ["eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi", "r8d", "r9d", "r10d", "r11d", "r12d", "r13d", "r14d",
        "r15d"],
    8: ["rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi", "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15"],
}
SIZE = {"b": 1, "w": 2, "l": 4, "q": 8}
XMM = [f"%xmm{i}" for i in range(16)]
YMM = [f"%ymm{i}" for i in range(16)]
MMX = [f"%mm{i}" for i in range(8)]
ST = [f"%st({i})" for i in range(8)]

MEM = [
    "(%rax)", "(%rcx)", "(%rsp)", "(%rbp)", "(%r12)", "(%r13)", "(%r8)", "(%r15)", "0(%rax)", "0(%rbp)",
    "0x7f(%rax)", "-0x80(%rdx)", "0x80(%rbx)", "0x12345678(%rsi)", "-0x1000(%rbp)", "8(%rsp)", "0x100(%r13)",
    "-8(%r12)", "(%rax,%rbx)", "(%rax,%rcx,2)", "(%rsp,%rbp,4)", "(%rbp,%rsi,8)", "(%r12,%r13,1)", "(%r13,%r14,2)",
    "(%r8,%r9,8)", "0x10(%rax,%r15,4)", "-0x200(%r11,%rax,8)", "(,%rax,4)", "0x40(,%rbx,8)", "(,%r10,2)",
    "(,%rbp,1)", "0x1234", "0x10(%rip)", "-4(%rip)", "sym(%rip)", "sym+8(%rip)", "sym", "sym+4(%rax)",
    "%fs:0x10(%rax)", "%gs:(%rbx)", "%es:(%rdi)", "%ss:8(%rbp)", "%ds:(%rax)", "%cs:(%rsp)", "%fs:0x28",
    "(%eax)", "0x10(%ecx,%edx,2)", "(%r8d)", "(%esp)", "(%ebp)", "-1(%r13d,%r14d,8)", "0x10(%eip)",
]
MEM_SHORT = ["(%rax)", "(%rsp)", "(%rbp)", "0x7f(%r13)", "0x12345678(%r12,%r15,8)", "0x10(%rip)", "sym",
             "%fs:0x10", "(%eax)"]

IMM = {
    1: ["$0", "$1", "$0x7f", "$-1", "$-0x80", "$0xff", "$0x80", "$sym"],
    2: ["$0", "$0x7f", "$-0x80", "$0x80", "$0x7fff", "$0xffff", "$-0x8000", "$0x1234", "$sym"],
    4: ["$0", "$0x7f", "$-0x80", "$0x80", "$0x12345678", "$0x7fffffff", "$0xffffffff", "$-0x80000000", "$sym"],
    8: ["$0", "$0x7f", "$-0x80", "$0x80", "$0x12345678", "$0x7fffffff", "$0xffffffff", "$-0x80000000",
        "$0x80000000", "$0x123456789", "$-0x80000001", "$sym"],
}
IMM8 = ["$0", "$1", "$0x7f", "$0xff", "$-1", "$-0x80"]


def regs(size, with_high=False):
    names = GPR[size] if with_high or size != 1 else GPR[1][:16]
    return ["%" + n for n in names]


def slot_choices(slot, size):
    """(base choice, all choices) of one operand slot at operand size `size` (bytes, 0 if none)."""
    fixed = {"r8": 1, "r16": 2, "r32": 4, "r64": 8}
    if slot in fixed:
        c = regs(fixed[slot])
        return c[1], c
    if slot.startswith("rm") and slot[2:] in ("8", "16", "32", "64"):
        c = regs(int(slot[2:]) // 8)
        return c[1], c + MEM
    if slot == "r":
        c = regs(size, True)
        return c[2], c
    if slot == "rm":
        c = regs(size, True)
        return c[3], c + MEM
    if slot == "m":
        return "(%rax)", MEM
    if slot == "ms":
        return "(%rax)", MEM_SHORT
    if slot == "acc":
        return "%" + GPR[size][0], ["%" + GPR[size][0]]
    if slot == "i":
        return IMM[size][4], IMM[size]
    if slot == "i8":
        return "$0x7f", IMM8
    if slot == "i16":
        return "$0x1234", IMM[2]
    if slot == "i32":
        return "$0x12345678", IMM[4]
    if slot == "i64":
        return "$0x123456789abcdef0", ["$0x123456789abcdef0", "$0", "$-1", "$0xffffffff", "$sym"]
    if slot == "cl":
        return "%cl", ["%cl"]
    if slot == "dx":
        return "%dx", ["%dx", "(%dx)"]
    if slot == "one":
        return "$1", ["$1"]
    if slot == "x":
        return "%xmm1", XMM
    if slot == "xm":
        return "%xmm2", XMM + MEM_SHORT
    if slot == "y":
        return "%ymm1", YMM
    if slot == "ym":
        return "%ymm2", YMM + MEM_SHORT
    if slot == "xmm0":
        return "%xmm0", ["%xmm0"]
    if slot == "mm":
        return "%mm1", MMX
    if slot == "mmm":
        return "%mm2", MMX + MEM_SHORT
    if slot == "st":
        return "%st(1)", ST
    if slot == "st0":
        return "%st", ["%st", "%st(0)"]
    if slot == "sreg":
        return "%ds", ["%es", "%cs", "%ss", "%ds", "%fs", "%gs"]
    if slot == "cr":
        return "%cr0", ["%cr0", "%cr2", "%cr3", "%cr4", "%cr8"]
    if slot == "dr":
        return "%db0", ["%db0", "%db3", "%db6", "%db7", "%dr7"]
    if slot == "rel":
        return "near", ["near", "far", "sym", "."]
    if slot == "moff":
        return "0x1234", ["0x1234", "0x123456789", "sym", "%fs:0x10"]
    if slot.startswith("*") and len(slot) > 1 and slot[1] in "rm":
        base, all_ = slot_choices(slot[1:], size)
        return "*" + base, ["*" + c for c in all_]
    return slot, [slot]  # a literal operand: `$1`, `%fs`, `sym@PLT`, `*%rax`


def expand(mnemonic, sizes, slots):
    out = []
    for s in (sizes or "-"):
        size = SIZE.get(s, 0)
        names = [mnemonic] if s == "-" else [mnemonic + s, mnemonic]
        choices = [slot_choices(slot, size) for slot in slots]
        ops_list = []
        base = [c[0] for c in choices]
        ops_list.append(base)
        for i, (_, all_) in enumerate(choices):
            for c in all_:
                if c != base[i]:
                    ops_list.append(base[:i] + [c] + base[i + 1:])
        for n in names:
            for ops in ops_list:
                out.append(f"{n} {', '.join(ops)}".rstrip())
    return out


def parse_forms(text):
    """{group: [(mnemonics, sizes, slots)]} from the FORMS text."""
    groups = {}
    group = None
    for raw in text.splitlines():
        line = raw.split("#")[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            group = line[1:-1]
            groups[group] = []
            continue
        if line.split()[0].endswith(":"):  # `label: insn` in the jumps group
            groups[group].append((line.split(), "", []))
            continue
        head, _, ops = line.partition(":")
        words = head.split()
        sizes = words[-1] if words[-1] == "-" or set(words[-1]) <= set("bwlq") and len(words) > 1 else None
        mnems = words[:-1] if sizes else words
        slots = [o.strip() for o in ops.split(",")] if ops.strip() else []
        groups[group].append((mnems, "" if sizes in (None, "-") else sizes, slots))
    return groups


# One line per form: mnemonics (several share the line), size family, operand slots in AT&T order.
FORMS = r"""
[mov]
mov bwlq: r, rm
mov bwlq: rm, r
mov bwlq: i, r
mov bwlq: i, m
mov q: i64, r
mov wlq: sreg, r
mov w: sreg, m
mov wlq: r, sreg
mov w: m, sreg
mov -: cr, r64
mov -: r64, cr
mov -: dr, r64
mov -: r64, dr
mov bwlq: moff, acc
mov bwlq: acc, moff
movabs bwlq: moff, acc
movabs bwlq: acc, moff
movabs q: i64, r
movzb wlq: rm8, r
movzw lq: rm16, r
movsb wlq: rm8, r
movsw lq: rm16, r
movsl q: rm32, r
movslq -: rm32, r64
movzx wlq: rm8, r
movzx lq: rm16, r
movsx wlq: rm8, r
movsx lq: rm16, r
movsxd q: rm32, r
movsxd -: rm32, r64
lea wlq: m, r
xchg bwlq: r, rm
xchg bwlq: rm, r
xchg wlq: acc, r
cmpxchg bwlq: r, rm
xadd bwlq: r, rm
cmpxchg8b -: m
cmpxchg16b -: m
bswap lq: r
movbe wlq: m, r
movbe wlq: r, m
movnti lq: r, m
cmov cmovo cmovno cmovb cmovc cmovnae cmovae cmovnb cmovnc cmove cmovz cmovne cmovnz cmovbe cmovna cmova cmovnbe cmovs cmovns cmovp cmovpe cmovnp cmovpo cmovl cmovnge cmovge cmovnl cmovle cmovng cmovg cmovnle wlq: rm, r

[stack]
push wq: r
push wq: m
push wq: i
push -: %fs
push -: %gs
push -: %cs
pushq -: %fs
pushw -: %gs
pop wq: r
pop wq: m
pop -: %fs
pop -: %gs
popq -: %fs
pushf popf wq:
pushfq popfq pushfw popfw -:
enter wq: i16, i8
leave wq:

[alu]
add or adc sbb and sub xor cmp bwlq: r, rm
add or adc sbb and sub xor cmp bwlq: rm, r
add or adc sbb and sub xor cmp bwlq: i, rm
add or adc sbb and sub xor cmp bwlq: i, acc
test bwlq: r, rm
test bwlq: rm, r
test bwlq: i, rm
test bwlq: i, acc
inc dec not neg mul imul div idiv bwlq: rm
imul wlq: rm, r
imul wlq: i, rm, r
imul wlq: i, r

[shift]
rol ror rcl rcr shl sal shr sar bwlq: one, rm
rol ror rcl rcr shl sal shr sar bwlq: rm
rol ror rcl rcr shl sal shr sar bwlq: cl, rm
rol ror rcl rcr shl sal shr sar bwlq: i8, rm
shld shrd wlq: i8, r, rm
shld shrd wlq: cl, r, rm
shld shrd wlq: r, rm

[bit]
bt bts btr btc wlq: r, rm
bt bts btr btc wlq: i8, rm
bsf bsr popcnt lzcnt tzcnt wlq: rm, r
set seto setno setb setc setnae setae setnb setnc sete setz setne setnz setbe setna seta setnbe sets setns setp setpe setnp setpo setl setnge setge setnl setle setng setg setnle b: rm
crc32 bwlq: rm, r32
crc32 bq: rm, r64

[bmi]
andn lq: rm, r, r
bextr bzhi sarx shlx shrx lq: r, rm, r
blsi blsmsk blsr lq: rm, r
mulx pdep pext lq: rm, r, r
rorx lq: i8, rm, r
adcx adox lq: rm, r

[convert]
cbw cwde cdqe cwd cdq cqo cbtw cwtl cltq cwtd cltd cqto -:

[control]
jmp -: rel
jmp -: *r64
jmp -: *m
jmp q: *m
jmp -: r64
call -: rel
call -: *r64
call -: *m
call q: *m
jo jno jb jc jnae jae jnb jnc je jz jne jnz jbe jna ja jnbe js jns jp jpe jnp jpo jl jnge jge jnl jle jng jg jnle -: rel
loop loope loopz loopne loopnz jrcxz jecxz -: rel
ret -:
ret -: i16
retq retw -:
retq retw -: i16
lret lretq lretw lretl -:
lret lretq lretw lretl -: i16
iret iretq iretw iretl -:
ljmp lcall -: *m
ljmpq lcallq ljmpw lcallw ljmpl lcalll -: *m
ljmp lcall -: $1, $2
syscall sysret sysretq sysretl sysenter sysexit sysexitq -:
int -: i8
int3 int1 into ud2 -:
ud0 ud1 wlq: rm, r
notrack jmp -: *%rax
notrack call -: *(%rax)
bnd jmp -: *%rax

[string]
movs cmps stos lods scas ins outs bwlq:
movsd cmpsd -:
movsb -: (%rsi), (%rdi)
movsw movsl movsq movs -: (%rsi), %es:(%rdi)
movsb -: %fs:(%rsi), %es:(%rdi)
movsb -: (%esi), (%edi)
cmpsb cmpsw cmpsl cmpsq -: %es:(%rdi), (%rsi)
stosb -: %al, %es:(%rdi)
stosw -: %ax, (%rdi)
stosl -: %eax, (%rdi)
stosq -: %rax, (%rdi)
stos -: %eax, %es:(%rdi)
lodsb -: (%rsi), %al
lodsq -: %fs:(%rsi), %rax
lods -: (%rsi), %ax
lodsb lodsw lodsl lodsq -: (%rsi)
scasb -: %es:(%rdi), %al
scasl -: (%rdi)
scas -: (%rdi), %rax
insb -: (%dx), %es:(%rdi)
insl -: %dx, (%rdi)
outsb -: (%rsi), (%dx)
outsw -: %ds:(%rsi), %dx
xlat xlatb -:
xlat xlatb -: (%rbx)
rep movsb -:
rep stosb -: %al, %es:(%rdi)
rep stosq -:
repe cmpsb -:
repz cmpsq -:
repne scasb -:
repnz scasw -:
rep lodsl -:
rep insb -:
rep outsw -:
rep movsb -: (%rsi), (%rdi)
rep movsl -: (%esi), (%edi)
rep movsq -: %fs:(%rsi), (%rdi)
repne cmpsb -: (%rdi), (%rsi)
rep ret -:
rep nop -:

[flags]
clc stc cmc cld std cli sti lahf sahf hlt pause nop wait fwait -:
nop wlq: rm
xchg -: %eax, %eax
xchg -: %rax, %rax
xchg -: %ax, %ax

[io]
in bwl: i8, acc
in bwl: dx, acc
out bwl: acc, i8
out bwl: acc, dx
in out -:
inb outb -: %dx
inb -: $0x60

[system]
clac stac cpuid rdtsc rdtscp rdmsr wrmsr rdpmc swapgs mfence lfence sfence wbinvd wbnoinvd invd clts -:
monitor mwait xgetbv xsetbv serialize rdpkru wrpkru vmcall vmmcall vmlaunch vmresume vmxoff endbr64 endbr32 -:
rsm iretq -:
monitor -: %rax, %ecx, %edx
mwait -: %eax, %ecx
invlpg clflush clflushopt clwb prefetchnta prefetcht0 prefetcht1 prefetcht2 prefetchw -: m
lgdt lidt sgdt sidt -: ms
lgdt lidt sgdt sidt -: %rax
lgdtq sgdtq lidtq sidtq -: ms
sldt str smsw wlq: r
sldt str smsw -: ms
sldtw strw smsww -: ms
lldt ltr verr verw lmsw -: rm16
lar lsl wlq: rm, r
lar lsl -: r32, r64
lsl -: r64, r32
xsave xsave64 xrstor xrstor64 xsaveopt xsaveopt64 xsavec xsavec64 xsaves xsaves64 xrstors xrstors64 -: ms
fxsave fxsave64 fxrstor fxrstor64 -: ms
ldmxcsr stmxcsr -: ms
rdfsbase rdgsbase wrfsbase wrgsbase lq: r
rdrand rdseed wlq: r
rdpid -: r64
rdpid -: r32
invpcid -: ms, r64
invept invvpid -: ms, r64
vmptrld vmptrst vmclear vmxon -: ms
vmread -: r64, rm64
vmwrite -: rm64, r64
ptwrite lq: rm
tpause umwait -: r32
umonitor -: r64
cldemote -: ms
movdir64b -: ms, r64
movdiri lq: r, m
enqcmd enqcmds -: ms, r64
incsspq incsspd rdsspq rdsspd -: r64
saveprevssp setssbsy -:
wrssd wrssq wrussd wrussq -: r64, ms
clrssbsy rstorssp -: ms
hreset -: $1
uiret testui clui stui -:
lfence mfence sfence -: %eax

[prefix]
lock addl -: $1, (%rax)
lock incq -: (%rbx)
lock xchg -: %eax, (%rbx)
lock cmpxchg16b -: (%rdi)
lock btsl -: $3, (%rax)
lock addl -: $1, %eax
lock movl -: %eax, (%rax)
lock -:
rep repe repz repne repnz data16 addr32 rex rex64 rex.w rex.r rex.x rex.b rex.wrxb rex.rb cs ds es fs gs ss notrack xacquire xrelease bnd -:
data16 addl -: $1, %eax
data16 movw -: %ax, %bx
addr32 movl -: (%rax), %eax
addr32 call -: near
rex.w addl -: %eax, %ebx
rex64 movl -: %eax, %ebx
rex.b nop -:
rex movb -: %al, %bl
rex.wrxb addl -: %eax, %ebx
rex movb -: %ah, %bl
fs movl -: (%rax), %eax
gs addl -: $1, (%rbx)
cs je -: near
ds jne -: near
ss movl -: %eax, (%rbp)
es lodsb -:
xacquire lock incl -: (%rax)
xrelease movl -: %eax, (%rax)
{disp8} movl -: %eax, (%rax)
{disp32} movl -: %eax, (%rax)
{disp32} movl -: %eax, 8(%rbx)
{disp8} movl -: %eax, 0x1000(%rbx)
{disp8} movl -: %eax, (%rbp)
{disp32} movl -: %eax, (%rbp)
{disp32} jmp -: near
{load} movl -: %eax, %ebx
{store} movl -: %eax, %ebx
{load} addl -: %eax, %ebx
{store} addl -: %eax, %ebx
{load} movq -: %xmm1, %xmm2
{store} movq -: %xmm1, %xmm2
{load} movaps -: %xmm1, %xmm2
{store} movaps -: %xmm1, %xmm2
{load} cmpl -: %eax, %ebx
{store} xorl -: %eax, %ebx
{vex} andnl -: %eax, %ebx, %ecx
{vex3} andnl -: %eax, %ebx, %ecx
{vex3} mulxq -: %rax, %rbx, %rcx
{load} testl -: %eax, %ebx
{load} xchgl -: %eax, %ebx
{load} movb -: %al, %bl
{store} movw -: %ax, %bx
{load} movq -: %rax, %rbx

[x87]
fld fst fstp fxch fcom fcomp fucom fucomp ffree ffreep -: st
fld fst fstp fcom fcomp -: ms
flds fldl fldt fsts fstl fstps fstpl fstpt fcoms fcoml fcomps fcompl -: ms
fild fist fistp fisttp -: ms
filds fildl fildll fildq fists fistl fistps fistpl fistpll fistpq fisttps fisttpl fisttpll fisttpq -: ms
fbld fbstp -: ms
fadd fmul fsub fsubr fdiv fdivr -: st, st0
fadd fmul fsub fsubr fdiv fdivr -: st0, st
fadd fmul fsub fsubr fdiv fdivr -: st
fadd fmul fsub fsubr fdiv fdivr -: ms
fadds faddl fmuls fmull fsubs fsubl fsubrs fsubrl fdivs fdivl fdivrs fdivrl -: ms
faddp fmulp fsubp fsubrp fdivp fdivrp -: st0, st
faddp fmulp fsubp fsubrp fdivp fdivrp -: st
faddp fmulp fsubp fsubrp fdivp fdivrp -:
fiadd fimul fisub fisubr fidiv fidivr ficom ficomp -: ms
fiadds fiaddl fimuls fimull fisubs fisubl fisubrs fisubrl fidivs fidivl fidivrs fidivrl ficoms ficoml ficomps ficompl -: ms
fcomi fcomip fucomi fucomip fcompi fucompi -: st, st0
fcomi fcomip fucomi fucomip -: st
fcomi fcomip fucomi fucomip fxch fcom fcomp fucom fucomp -:
fcmovb fcmove fcmovbe fcmovu fcmovnb fcmovne fcmovnbe fcmovnu -: st, st0
fcompp fucompp fchs fabs ftst fxam fld1 fldl2t fldl2e fldpi fldlg2 fldln2 fldz f2xm1 fyl2x fptan fpatan -:
fxtract fprem1 fdecstp fincstp fprem fyl2xp1 fsqrt fsincos frndint fscale fsin fcos fnop fninit finit -:
fnclex fclex fneni fndisi fnsetpm feni fdisi fsetpm -:
fnstcw fstcw fldcw fnstsw fstsw -: ms
fnstsw fstsw -: %ax
fnstsw fstsw -:
fnstenv fstenv fldenv fnsave fsave frstor -: ms
fnstenvs fldenvl fnsavel frstors -: ms

[mmx]
movd -: rm32, mm
movd -: mm, rm32
movq -: rm64, mm
movq -: mm, rm64
movq -: mmm, mm
movq -: mm, mmm
movd -: r64, mm
emms -:
paddb paddw paddd paddq psubb psubw psubd psubq paddsb paddsw paddusb paddusw psubsb psubsw psubusb psubusw -: mmm, mm
pmullw pmulhw pmulhuw pmuludq pmaddwd pavgb pavgw psadbw pminub pmaxub pminsw pmaxsw pand pandn por pxor -: mmm, mm
pcmpeqb pcmpeqw pcmpeqd pcmpgtb pcmpgtw pcmpgtd packsswb packssdw packuswb -: mmm, mm
punpcklbw punpcklwd punpckldq punpckhbw punpckhwd punpckhdq -: mmm, mm
psllw pslld psllq psrlw psrld psrlq psraw psrad -: mmm, mm
psllw pslld psllq psrlw psrld psrlq psraw psrad -: i8, mm
pshufw -: i8, mmm, mm
pextrw -: i8, mm, r32
pinsrw -: i8, rm32, mm
pmovmskb -: mm, r32
movntq -: mm, m
maskmovq -: mm, mm
cvtpi2ps cvtpi2pd -: mmm, x
cvtps2pi cvttps2pi cvtpd2pi cvttpd2pi -: xm, mm
movdq2q -: x, mm
movq2dq -: mm, x
pshufb phaddw phaddd phaddsw phsubw phsubd phsubsw pmaddubsw pmulhrsw psignb psignw psignd pabsb pabsw pabsd -: mmm, mm
palignr -: i8, mmm, mm

[sse]
movss movsd -: xm, x
movss movsd -: x, xm
movaps movapd movups movupd movdqa movdqu -: xm, x
movaps movapd movups movupd movdqa movdqu -: x, xm
movlps movhps movlpd movhpd -: ms, x
movlps movhps movlpd movhpd -: x, ms
movhlps movlhps -: x, x
movmskps movmskpd pmovmskb -: x, r32
movmskps movmskpd pmovmskb -: x, r64
movntps movntpd movntdq -: x, ms
movnti -: r32, ms
movd -: rm32, x
movd -: x, rm32
movd -: r64, x
movd -: x, r64
movq -: rm64, x
movq -: x, rm64
movq -: xm, x
movq -: x, xm
maskmovdqu -: x, x
addps addpd addss addsd mulps mulpd mulss mulsd subps subpd subss subsd minps minpd minss minsd -: xm, x
divps divpd divss divsd maxps maxpd maxss maxsd sqrtps sqrtpd sqrtss sqrtsd rsqrtps rsqrtss rcpps rcpss -: xm, x
andps andpd andnps andnpd orps orpd xorps xorpd ucomiss ucomisd comiss comisd -: xm, x
unpcklps unpcklpd unpckhps unpckhpd -: xm, x
cmpps cmppd cmpss cmpsd shufps shufpd -: i8, xm, x
cmpeqps cmpltps cmpleps cmpunordps cmpneqps cmpnltps cmpnleps cmpordps -: xm, x
cmpeqpd cmpltsd cmpless cmpneqsd cmpordss cmpunordpd -: xm, x
cvtsi2ss cvtsi2sd lq: rm, x
cvtsi2ss cvtsi2sd -: ms, x
cvttss2si cvttsd2si cvtss2si cvtsd2si -: xm, r32
cvttss2si cvttsd2si cvtss2si cvtsd2si -: xm, r64
cvtss2sd cvtsd2ss cvtps2pd cvtpd2ps cvtdq2ps cvtps2dq cvttps2dq cvtdq2pd cvttpd2dq cvtpd2dq -: xm, x
paddb paddw paddd paddq psubb psubw psubd psubq paddsb paddsw paddusb paddusw psubsb psubsw psubusb psubusw -: xm, x
pmullw pmulhw pmulhuw pmuludq pmaddwd pavgb pavgw psadbw pminub pmaxub pminsw pmaxsw pand pandn por pxor -: xm, x
pcmpeqb pcmpeqw pcmpeqd pcmpgtb pcmpgtw pcmpgtd packsswb packssdw packuswb -: xm, x
punpcklbw punpcklwd punpckldq punpcklqdq punpckhbw punpckhwd punpckhdq punpckhqdq -: xm, x
pshufd pshuflw pshufhw -: i8, xm, x
psllw pslld psllq psrlw psrld psrlq psraw psrad -: xm, x
psllw pslld psllq psrlw psrld psrlq psraw psrad pslldq psrldq -: i8, x
pextrw -: i8, x, r32
pextrw -: i8, x, r64
pextrw -: i8, x, ms
pinsrw -: i8, rm32, x
pinsrw -: i8, r64, x
ldmxcsr stmxcsr -: ms

[sse3]
addsubps addsubpd haddps haddpd hsubps hsubpd movddup movsldup movshdup -: xm, x
lddqu -: ms, x
fisttp fisttps fisttpl fisttpll -: ms
pshufb phaddw phaddd phaddsw phsubw phsubd phsubsw pmaddubsw pmulhrsw psignb psignw psignd pabsb pabsw pabsd -: xm, x
palignr -: i8, xm, x

[sse4]
blendps blendpd dpps dppd mpsadbw pblendw roundps roundpd roundss roundsd -: i8, xm, x
blendvps blendvpd pblendvb -: xmm0, xm, x
blendvps blendvpd pblendvb -: xm, x
extractps -: i8, x, rm32
extractps -: i8, x, r64
insertps -: i8, xm, x
movntdqa -: ms, x
packusdw pcmpeqq pcmpgtq phminposuw pmaxsb pmaxsd pmaxud pmaxuw pminsb pminsd pminud pminuw pmuldq pmulld ptest -: xm, x
pmovsxbw pmovsxbd pmovsxbq pmovsxwd pmovsxwq pmovsxdq pmovzxbw pmovzxbd pmovzxbq pmovzxwd pmovzxwq pmovzxdq -: xm, x
pextrb -: i8, x, r32
pextrb -: i8, x, r64
pextrb -: i8, x, ms
pextrd -: i8, x, rm32
pextrq -: i8, x, rm64
pinsrb -: i8, r32, x
pinsrb -: i8, ms, x
pinsrd -: i8, rm32, x
pinsrq -: i8, rm64, x
pcmpestri pcmpestrm pcmpistri pcmpistrm -: i8, xm, x
pcmpestriq pcmpestrmq -: i8, xm, x

[crypto]
aesdec aesdeclast aesenc aesenclast aesimc -: xm, x
aeskeygenassist pclmulqdq -: i8, xm, x
pclmullqlqdq pclmulhqlqdq pclmullqhqdq pclmulhqhqdq -: xm, x
sha1msg1 sha1msg2 sha1nexte sha256msg1 sha256msg2 -: xm, x
sha1rnds4 -: i8, xm, x
sha256rnds2 -: xmm0, xm, x
sha256rnds2 -: xm, x
gf2p8affineqb gf2p8affineinvqb -: i8, xm, x
gf2p8mulb -: xm, x

[avx]
vmovaps vmovups vmovapd vmovupd vmovdqa vmovdqu -: xm, x
vmovaps vmovups vmovapd vmovupd vmovdqa vmovdqu -: x, xm
vmovaps vmovups vmovapd vmovupd vmovdqa vmovdqu -: ym, y
vmovaps vmovups vmovapd vmovupd vmovdqa vmovdqu -: y, ym
vmovntdq vmovntps vmovntpd -: x, ms
vmovntdq vmovntps vmovntpd -: y, ms
vmovd -: rm32, x
vmovd -: x, rm32
vmovq -: rm64, x
vmovq -: x, rm64
vmovq -: xm, x
vmovq -: x, xm
vmovss vmovsd -: ms, x
vmovss vmovsd -: x, ms
vmovss vmovsd -: x, x, x
vpxor vpor vpand vpandn vxorps vxorpd vandps vandpd vandnps vandnpd vorps vorpd -: xm, x, x
vpxor vpor vpand vpandn vxorps vxorpd vandps vandpd vandnps vandnpd vorps vorpd -: ym, y, y
vpaddb vpaddw vpaddd vpaddq vpsubb vpsubw vpsubd vpsubq vpaddsb vpaddsw vpaddusb vpaddusw vpsubsb vpsubsw vpsubusb vpsubusw -: xm, x, x
vpaddb vpaddw vpaddd vpaddq vpsubb vpsubw vpsubd vpsubq vpaddsb vpaddsw vpaddusb vpaddusw vpsubsb vpsubsw vpsubusb vpsubusw -: ym, y, y
vpmullw vpmulhw vpmulhuw vpmuludq vpmaddwd vpavgb vpavgw vpminub vpmaxub vpminsw vpmaxsw vpsadbw vpmulld vpmuldq -: xm, x, x
vpmullw vpmulhw vpmulhuw vpmuludq vpmaddwd vpavgb vpavgw vpminub vpmaxub vpminsw vpmaxsw vpsadbw vpmulld vpmuldq -: ym, y, y
vpminsb vpminsd vpminuw vpminud vpmaxsb vpmaxsd vpmaxuw vpmaxud -: xm, x, x
vpminsb vpminsd vpminuw vpminud vpmaxsb vpmaxsd vpmaxuw vpmaxud -: ym, y, y
vpcmpeqb vpcmpeqw vpcmpeqd vpcmpeqq vpcmpgtb vpcmpgtw vpcmpgtd vpcmpgtq vpshufb -: xm, x, x
vpcmpeqb vpcmpeqw vpcmpeqd vpcmpeqq vpcmpgtb vpcmpgtw vpcmpgtd vpcmpgtq vpshufb -: ym, y, y
vpunpcklbw vpunpcklwd vpunpckldq vpunpcklqdq vpunpckhbw vpunpckhwd vpunpckhdq vpunpckhqdq -: xm, x, x
vpunpcklbw vpunpcklwd vpunpckldq vpunpcklqdq vpunpckhbw vpunpckhwd vpunpckhdq vpunpckhqdq -: ym, y, y
vunpcklps vunpcklpd vunpckhps vunpckhpd vpacksswb vpackssdw vpackuswb vpackusdw vhaddps vhaddpd -: xm, x, x
vunpcklps vunpcklpd vunpckhps vunpckhpd vpacksswb vpackssdw vpackuswb vpackusdw vhaddps vhaddpd -: ym, y, y
vaddps vaddpd vsubps vsubpd vmulps vmulpd vdivps vdivpd vminps vminpd vmaxps vmaxpd -: xm, x, x
vaddps vaddpd vsubps vsubpd vmulps vmulpd vdivps vdivpd vminps vminpd vmaxps vmaxpd -: ym, y, y
vaddss vaddsd vsubss vsubsd vmulss vmulsd vdivss vdivsd vminss vminsd vmaxss vmaxsd vsqrtss vsqrtsd -: xm, x, x
vcvtss2sd vcvtsd2ss -: xm, x, x
vpsrlw vpsrld vpsrlq vpsraw vpsrad vpsllw vpslld vpsllq -: xm, x, x
vpsrlw vpsrld vpsrlq vpsraw vpsrad vpsllw vpslld vpsllq -: xm, y, y
vpsrlw vpsrld vpsrlq vpsraw vpsrad vpsllw vpslld vpsllq vpsrldq vpslldq -: i8, x, x
vpsrlw vpsrld vpsrlq vpsraw vpsrad vpsllw vpslld vpsllq vpsrldq vpslldq -: i8, y, y
vpsllvd vpsllvq vpsrlvd vpsrlvq vpsravd -: xm, x, x
vpsllvd vpsllvq vpsrlvd vpsrlvq vpsravd -: ym, y, y
vshufps vshufpd vpalignr vblendps vblendpd vpblendw vpblendd -: i8, xm, x, x
vshufps vshufpd vpalignr vblendps vblendpd vpblendw vpblendd -: i8, ym, y, y
vsqrtps vsqrtpd vptest vcvtdq2ps vcvtps2dq vcvttps2dq vpabsb vpabsw vpabsd vrcpps vrsqrtps vmovshdup vmovsldup vmovddup -: xm, x
vsqrtps vsqrtpd vptest vcvtdq2ps vcvtps2dq vcvttps2dq vpabsb vpabsw vpabsd vrcpps vrsqrtps vmovshdup vmovsldup vmovddup -: ym, y
vcvtps2pd vcvtdq2pd -: xm, x
vcvtps2pd vcvtdq2pd -: xm, y
vcvtpd2ps vcvttpd2dq vcvtpd2dq -: x, x
vcvtpd2ps vcvttpd2dq vcvtpd2dq -: y, x
vcvtpd2psx vcvttpd2dqx vcvtpd2dqx -: xm, x
vcvtpd2psy vcvttpd2dqy vcvtpd2dqy -: ym, x
vcvtsi2ss vcvtsi2sd lq: rm, x, x
vcvttss2si vcvttsd2si vcvtss2si vcvtsd2si -: xm, r32
vcvttss2si vcvttsd2si vcvtss2si vcvtsd2si -: xm, r64
vpshufd vpshufhw vpshuflw vroundps vroundpd vpermilps vpermilpd -: i8, xm, x
vpshufd vpshufhw vpshuflw vroundps vroundpd vpermilps vpermilpd -: i8, ym, y
vroundss vroundsd -: i8, xm, x, x
vpmovsxbw vpmovsxbd vpmovsxbq vpmovsxwd vpmovsxwq vpmovsxdq vpmovzxbw vpmovzxbd vpmovzxbq vpmovzxwd vpmovzxwq vpmovzxdq -: xm, x
vpmovsxbw vpmovsxbd vpmovsxbq vpmovsxwd vpmovsxwq vpmovsxdq vpmovzxbw vpmovzxbd vpmovzxbq vpmovzxwd vpmovzxwq vpmovzxdq -: xm, y
vmovmskps vmovmskpd vpmovmskb -: x, r32
vmovmskps vmovmskpd vpmovmskb -: y, r64
vpbroadcastb vpbroadcastw vpbroadcastd vpbroadcastq vbroadcastss -: xm, x
vpbroadcastb vpbroadcastw vpbroadcastd vpbroadcastq vbroadcastss vbroadcastsd -: xm, y
vbroadcasti128 vbroadcastf128 -: ms, y
vinserti128 vinsertf128 -: i8, xm, y, y
vextracti128 vextractf128 -: i8, y, xm
vperm2i128 vperm2f128 -: i8, ym, y, y
vpermq vpermpd -: i8, ym, y
vpermd vpermps -: ym, y, y
vpinsrd -: i8, rm32, x, x
vpinsrq -: i8, rm64, x, x
vpextrd -: i8, x, rm32
vpextrq -: i8, x, rm64
vzeroupper vzeroall -:
vmovd -: r64, x
vmovd -: x, r64
# rejected: xmm/ymm widths mixed, missing or extra operands
vpxor -: %ymm1, %xmm2, %xmm3
vpxor -: %xmm1, %xmm2
vpaddd -: %xmm1, %ymm2, %ymm3
vmovaps -: %xmm1, %ymm2
vmovdqu -: %ymm1, %xmm2
vinserti128 -: $1, %ymm1, %ymm2, %ymm3
vextracti128 -: $1, %xmm1, %xmm2
vpermq -: $1, %xmm1, %xmm2
vpermd -: %xmm1, %xmm2, %xmm3
vcvtsi2sd -: %xmm0, %xmm1, %xmm2
vmovq -: %eax, %xmm0
vmovss -: %xmm1, %xmm2
vmovsd -: %xmm1, (%rax), %xmm2
vzeroupper -: %xmm0
vaddss -: %ymm1, %ymm2, %ymm3
vpmovmskb -: %xmm1, %ax
vbroadcastsd -: %xmm1, %xmm2
vpshufd -: %xmm1, %xmm2
vfmadd231ps -: %xmm1, %ymm2, %ymm3
vpblendvb -: %ymm1, %xmm2, %xmm3, %xmm4
vcvtsi2sd -: %rax, %ymm1, %ymm2
vptest -: %xmm1, %ymm2
vbroadcasti128 -: %xmm1, %ymm2
vcvttsd2si -: %xmm0, %ax
vmovntdq -: %xmm0, %xmm1
vcomiss vcomisd vucomiss vucomisd -: xm, x
vblendvps vblendvpd vpblendvb -: x, xm, x, x
vblendvps vblendvpd vpblendvb -: y, ym, y, y
vfmadd132ps vfmadd213ps vfmadd231ps vfmadd132pd vfmadd213pd vfmadd231pd vfmsub132ps vfmsub213ps vfmsub231ps vfmsub132pd vfmsub213pd vfmsub231pd -: xm, x, x
vfmadd132ps vfmadd213ps vfmadd231ps vfmadd132pd vfmadd213pd vfmadd231pd vfmsub132ps vfmsub213ps vfmsub231ps vfmsub132pd vfmsub213pd vfmsub231pd -: ym, y, y
vfnmadd132ps vfnmadd213ps vfnmadd231ps vfnmadd132pd vfnmadd213pd vfnmadd231pd vfnmsub132ps vfnmsub213ps vfnmsub231ps vfnmsub132pd vfnmsub213pd vfnmsub231pd -: xm, x, x
vfnmadd132ps vfnmadd213ps vfnmadd231ps vfnmadd132pd vfnmadd213pd vfnmadd231pd vfnmsub132ps vfnmsub213ps vfnmsub231ps vfnmsub132pd vfnmsub213pd vfnmsub231pd -: ym, y, y
vfmadd132ss vfmadd213ss vfmadd231ss vfmadd132sd vfmadd213sd vfmadd231sd vfmsub132ss vfmsub213ss vfmsub231ss vfmsub132sd vfmsub213sd vfmsub231sd -: xm, x, x
vfnmadd132ss vfnmadd213ss vfnmadd231ss vfnmadd132sd vfnmadd213sd vfnmadd231sd vfnmsub132ss vfnmsub213ss vfnmsub231ss vfnmsub132sd vfnmsub213sd vfnmsub231sd -: xm, x, x

[jumps]
jmp -: near
jmp -: far
je -: near
jne -: far
.skip -: 300
near: nop -:
jmp -: near
jg -: near
call -: near
loop -: near
jrcxz -: near
jmp -: sym
call -: sym
call -: sym@PLT
jmp -: sym@PLT
jne -: sym
jmp -: *sym@GOTPCREL(%rip)
call -: *sym@GOTPCREL(%rip)
movq -: sym@GOTPCREL(%rip), %rax
movq -: sym@GOTPCREL(%rip), %r12
movl -: sym@GOTPCREL(%rip), %eax
addq -: sym@GOTPCREL(%rip), %rax
movq -: sym@GOTTPOFF(%rip), %rax
movq -: %fs:sym@TPOFF, %rax
leaq -: sym(%rip), %rdi
movl -: $sym, %eax
movq -: $sym, %rax
movabsq -: $sym, %rax
pushq -: $sym
.skip -: 200
far: nop -:
"""

EXTRA_BAD = r"""
movl (%rax), (%rbx)
mov (%rax), (%rbx)
addl (%rax), (%rbx)
movq %eax, %ebx
movl %eax, %bx
mov %eax, %rbx
add %eax, %rbx
addq $1, %eax
inc %eax, %ebx
pushl %eax
push %eax
movl 0x123456789(%rax), %eax
movl 0x80000000(%rax), %eax
mov $1, (%rax)
add $1, (%rax)
inc (%rax)
movl %eax, $1
mov %cr0, %eax
mov %eax, %cr0
movzbl %ax, %ebx
lea %rax, %rbx
leal (%rax), %al
movb %ah, %r8b
movb %ah, %sil
movq %xmm0, %eax
addps %mm0, %xmm1
paddb %xmm0, %mm1
shl %cx, %eax
shl $1, $2
jmp %eax
call *%eax
jmpq *%eax
push %es
pop %cs
push %ds
lock nop
lock movl %eax, %ebx
rep addl %eax, %ebx
xchg %eax
int $256
ret $0x10000
enter $0x10000, $0
movl (%rax,%rsp), %eax
movl (%rax,%rip), %eax
movl (%eax,%rbx), %eax
movl (%ax), %eax
bswap %ax
cmpxchg8b %rax
andnl %eax, %ebx, %cx
andnw %ax, %bx, %cx
adcx %ax, %bx
crc32b %eax, %ebx
crc32 %eax, %bx
pextrd $1, %xmm0, %ax
movsxd %ax, %rbx
cvtsi2ss %xmm0, %xmm1
fadd %st(1), %st(2)
fld %eax
sldt %al
ljmp $1, $2
lcall $1, $2
movabs %eax, %ebx
movabs $1, (%rax)
"""


def groups():
    """{group name: [statements]}, each form expanded; `reject` holds hand-picked statements GNU as rejects."""
    out = {}
    for group, forms in parse_forms(FORMS).items():
        lines = out.setdefault(group, [])
        for words, sizes, slots in forms:
            if words[0].endswith(":"):  # a label line in the jumps group
                lines.append(" ".join(words))
                continue
            if words[0] == ".skip":
                lines.append(f".skip {slots[0]}")
                continue
            if len(words) > 1 and all(is_prefix_word(w) for w in words[:-1]) and not is_prefix_word(words[-1]):
                lines += [" ".join(words[:-1]) + " " + l for l in expand(words[-1], sizes, slots)]
                continue
            for m in words:
                lines += expand(m, sizes, slots)
    out["reject"] = [l.strip() for l in EXTRA_BAD.strip().splitlines()]
    return out


PREFIX_WORDS = {"lock", "rep", "repe", "repz", "repne", "repnz", "notrack", "bnd", "data16", "addr32", "xacquire",
                "xrelease", "rex", "rex64", "cs", "ds", "es", "fs", "gs", "ss"}


def is_prefix_word(w):
    return w in PREFIX_WORDS or w.startswith("rex.") or w.startswith("{")
