#!/usr/bin/env python3
"""Generate deterministic, gcc-like x86-64 assembly of a requested size (the scaling input).

The output looks like `gcc -O2 -g -S` output of a large C program: functions with a frame
pointer prologue/epilogue and `.cfi_*` directives, `.file`/`.loc` line info, a mix of integer
and SSE instructions over all addressing modes, local labels with short and near jumps (so
branch relaxation matters), switch jump tables (`.long .Lcase-.Ltable` in `.rodata`), calls to
external symbols through `@PLT` and `@GOTPCREL`, `.rodata` strings and constants, `.data`
tables of `.quad` label references, `.p2align`, and some functions in comdat sections.

The same seed and size always give the same bytes.  GNU as assembles the output without
errors or warnings.

Usage: python3 bench/asmgen.py --mb 10 [--seed 1] -o scale-10.s
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path
from typing import Callable, TextIO

Q_REGS = ["%rax", "%rbx", "%rcx", "%rdx", "%rsi", "%rdi", "%r8", "%r9", "%r10", "%r11", "%r12",
          "%r13", "%r14", "%r15"]
L_REGS = ["%eax", "%ebx", "%ecx", "%edx", "%esi", "%edi", "%r8d", "%r9d", "%r10d", "%r11d", "%r12d",
          "%r13d", "%r14d", "%r15d"]
B_REGS = ["%al", "%bl", "%cl", "%dl", "%sil", "%dil", "%r8b", "%r9b", "%r10b", "%r11b", "%r12b",
          "%r13b", "%r14b", "%r15b"]
BASE_REGS = Q_REGS + ["%rbp", "%rsp"]
XMM = [f"%xmm{i}" for i in range(16)]
CONDS = ["e", "ne", "l", "le", "g", "ge", "b", "be", "a", "ae", "s", "ns"]
ALU = ["add", "sub", "and", "or", "xor", "cmp"]
SSE_SD = ["addsd", "subsd", "mulsd", "divsd", "minsd", "maxsd"]
SSE_PACKED = ["paddd", "psubd", "pxor", "pand", "por", "paddq", "pcmpeqd", "punpckldq"]
STR_WORDS = ["error", "value", "out of range", "%d items", "path=%s", "ok", "tab\\there", "line\\n",
             "quote \\\"x\\\"", "back\\\\slash", "caf\\303\\251", "bad size %zu", "unexpected token"]
MB = 1024 * 1024
# Instruction forms; the {fields} are filled by Fields below.
INT_FORMS = ["movq\t{mem}, {q}", "movl\t{l}, {mem}", "{alu}q\t{imm}, {q}", "{alu}l\t{mem}, {l}",
             "{alu}q\t{q}, {q}", "leaq\t{mem}, {q}", "imull\t{imm}, {l}, {l}", "{shift}q\t{count}, {q}",
             "movzbl\t{b}, {l}", "movzbl\t{mem}, {l}", "movslq\t{l}, {q}", "cmov{cc}q\t{q}, {q}",
             "set{cc}\t{b}", "testl\t{l}, {l}", "movl\t{imm}, {l}", "{unary}q\t{q}", "{unary}q\t{mem}",
             "movabsq\t{imm64}, {q}"]
SSE_FORMS = ["movsd\t{mem}, {x}", "movss\t{x}, {mem}", "{sd}\t{x}, {x}", "{sd}\t{mem}, {x}",
             "cvtsi2sdl\t{l}, {x}", "cvtsi2sdl\t{mem}, {x}", "cvtsi2sdq\t{q}, {x}", "cvttsd2si\t{x}, {q}",
             "cvttsd2si\t{x}, {l}", "{packed}\t{x}, {x}", "{vmov}\t{x}, {x}", "{vmov}\t{mem}, {x}",
             "pshufd\t{imm8}, {x}, {x}", "ucomisd\t{x}, {x}"]


class Fields(dict[str, str]):
    """A format_map mapping that draws a new random value at every lookup."""

    def __init__(self, gen: "Gen") -> None:
        super().__init__()
        r = gen.rng
        self.make: dict[str, Callable[[], str]] = {
            "q": lambda: r.choice(Q_REGS), "l": lambda: r.choice(L_REGS), "b": lambda: r.choice(B_REGS),
            "x": lambda: r.choice(XMM), "mem": gen.mem, "imm": gen.imm, "alu": lambda: r.choice(ALU),
            "shift": lambda: r.choice(("sal", "sar", "shr")), "count": lambda: f"${r.randrange(1, 63)}",
            "cc": lambda: r.choice(CONDS), "unary": lambda: r.choice(("inc", "dec", "neg", "not")),
            "imm64": lambda: f"${r.randrange(1 << 33, 1 << 62)}", "sd": lambda: r.choice(SSE_SD),
            "packed": lambda: r.choice(SSE_PACKED), "imm8": lambda: f"${r.randrange(256)}",
            "vmov": lambda: r.choice(("movaps", "movdqa", "movdqu", "movups")),
        }

    def __missing__(self, key: str) -> str:
        return self.make[key]()


class Gen:
    """Emits one translation unit; all randomness comes from self.rng (seeded)."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.out: list[str] = []
        self.size = 0
        self.fn = 0  # functions emitted so far
        self.line = 1  # source line for .loc
        self.label = 0  # counter for .L labels
        self.consts: list[str] = []  # .rodata labels defined so far
        self.tables: list[str] = []  # .data objects defined so far
        self.dies: list[tuple[str, int, bool]] = []  # (name, number, global) for .debug_info
        self.fields = Fields(self)

    # -- output ------------------------------------------------------------
    def emit(self, text: str) -> None:
        self.out.append(text)
        self.size += len(text) + 1

    def new_label(self, stem: str = "L") -> str:
        self.label += 1
        return f".{stem}{self.label}"

    def flush(self, f: TextIO) -> None:
        f.write("\n".join(self.out))
        f.write("\n")
        self.out.clear()

    # -- operands ----------------------------------------------------------
    def mem(self) -> str:
        """A memory operand in one of the addressing modes gcc emits."""
        r = self.rng
        kind = r.randrange(8)
        base = r.choice(BASE_REGS)
        index = r.choice(Q_REGS)
        scale = r.choice((1, 2, 4, 8))
        disp = r.choice((0, 8, -8, 16, 24, 40, 120, -128, 127, 128, 256, 1024, 4096, 65536, -4096))
        if kind == 0:
            return f"({base})"
        if kind == 1:
            return f"{disp}({base})"
        if kind == 2:
            return f"({base},{index},{scale})"
        if kind == 3:
            return f"{disp}({base},{index},{scale})"
        if kind == 4:
            return f"{disp}(,{index},{scale})"
        if kind == 5 and self.tables:
            return f"{r.choice(self.tables)}(%rip)"
        if kind == 6 and self.consts:
            return f"{r.choice(self.consts)}+{r.choice((0, 4, 8))}(%rip)"
        return f"-{r.randrange(1, 64) * 8}(%rbp)"

    def imm(self) -> str:
        r = self.rng
        return f"${r.choice((0, 1, -1, 7, 8, 15, 127, -128, 128, 255, 4096, -4097, 65535, 0x7fffffff))}"

    # -- instructions ------------------------------------------------------
    def insn(self, forms: list[str]) -> str:
        """One of forms, each {field} filled afresh (so two {q} are two random registers)."""
        return "\t" + self.rng.choice(forms).format_map(self.fields)

    def loc(self) -> None:
        r = self.rng
        self.line += r.randrange(0, 4)
        extra = ""
        k = r.randrange(10)
        if k == 0:
            extra = " is_stmt 0"
        elif k == 1:
            extra = f" discriminator {r.randrange(1, 8)}"
        elif k == 2:
            extra = " is_stmt 1"
        self.emit(f"\t.loc {1 if r.random() < 0.9 else 2} {self.line} {r.randrange(1, 80)}{extra}")

    def call(self) -> None:
        r = self.rng
        k = r.randrange(5)
        if k <= 1:
            self.emit(f"\tcall\text_func{r.randrange(200)}@PLT")
        elif k == 2 and self.fn > 0:
            self.emit(f"\tcall\tfunc{r.randrange(self.fn)}")
        elif k == 3:
            self.emit(f"\tmovq\text_var{r.randrange(50)}@GOTPCREL(%rip), %rax")
            self.emit(f"\tcall\t*{r.choice((0, 8, 16, 96))}(%rax)")
        else:
            self.emit(f"\tcall\t*{r.choice(Q_REGS)}")

    # -- structure ---------------------------------------------------------
    def block(self, labels: list[str], i: int) -> None:
        """One basic block: label, straight-line code, then a branch to some other block."""
        r = self.rng
        self.emit(f"{labels[i]}:")
        for _ in range(r.randrange(2, 14)):
            if r.random() < 0.3:
                self.loc()
            k = r.random()
            if k < 0.62:
                self.emit(self.insn(INT_FORMS))
            elif k < 0.9:
                self.emit(self.insn(SSE_FORMS))
            else:
                self.call()
        if r.random() < 0.15 and i + 1 < len(labels):
            self.emit("\t.p2align 4,,10\n\t.p2align 3")
        # Mostly a neighbouring block (short jumps), else anywhere (near ones): relaxation decides.
        near = min(len(labels) - 1, max(0, i + r.choice((-1, 1, 1, 2, 3))))
        target = labels[near] if r.random() < 0.7 else r.choice(labels)
        k = r.randrange(10)
        if k < 6:
            self.emit(f"\tcmpl\t{self.imm()}, {r.choice(L_REGS)}")
            self.emit(f"\tj{r.choice(CONDS)}\t{target}")
        elif k < 8:
            self.emit(f"\tjmp\t{target}")

    def switch(self, labels: list[str]) -> None:
        """A gcc-style jump table: .rodata entries are label differences."""
        r = self.rng
        table = self.new_label("L")
        cases = [r.choice(labels) for _ in range(r.randrange(3, 12))]
        self.emit(f"\tcmpl\t${len(cases) - 1}, %edi")
        self.emit(f"\tja\t{labels[-1]}")
        self.emit(f"\tleaq\t{table}(%rip), %rdx")
        self.emit("\tmovl\t%edi, %eax")
        self.emit("\tmovslq\t(%rdx,%rax,4), %rax")
        self.emit("\taddq\t%rdx, %rax")
        self.emit("\tjmp\t*%rax")
        self.emit("\t.section\t.rodata")
        self.emit("\t.align 4")
        self.emit(f"{table}:")
        for c in cases:
            self.emit(f"\t.long\t{c}-{table}")

    def function(self) -> None:
        r = self.rng
        n = self.fn
        comdat = r.random() < 0.1
        name = f"_ZN3gen6inlineILi{n}EEEvv" if comdat else f"func{n}"
        is_global = comdat or r.random() < 0.8
        if comdat:
            self.emit(f"\t.section\t.text.{name},\"axG\",@progbits,{name},comdat")
            self.emit(f"\t.weak\t{name}")
        else:
            self.emit("\t.text")
            if is_global:
                self.emit(f"\t.globl\t{name}")
        self.dies.append((name, n, is_global))
        self.emit("\t.p2align 4")
        self.emit(f"\t.type\t{name}, @function")
        self.emit(f"{name}:")
        self.emit(f".LFB{n}:")
        self.line += r.randrange(3, 30)
        self.emit(f"\t.loc 1 {self.line} 1")
        self.emit("\t.cfi_startproc")
        self.prologue()
        labels = [self.new_label("L") for _ in range(r.randrange(2, 40))]
        text_section = f"\t.section\t.text.{name},\"axG\",@progbits,{name},comdat" if comdat else "\t.text"
        for i in range(len(labels) - 1):
            self.block(labels, i)
            if r.random() < 0.04:
                self.switch(labels)
                self.emit(text_section)
        self.emit(f"{labels[-1]}:")
        self.epilogue()
        self.emit("\t.cfi_endproc")
        self.emit(f".LFE{n}:")
        self.emit(f"\t.size\t{name}, .-{name}")
        self.fn += 1

    def prologue(self) -> None:
        self.emit("\tpushq\t%rbp")
        self.emit("\t.cfi_def_cfa_offset 16")
        self.emit("\t.cfi_offset 6, -16")
        self.emit("\tmovq\t%rsp, %rbp")
        self.emit("\t.cfi_def_cfa_register 6")
        self.emit("\tpushq\t%r12")
        self.emit("\tpushq\t%rbx")
        self.emit("\t.cfi_offset 12, -24")
        self.emit("\t.cfi_offset 3, -32")
        self.emit(f"\tsubq\t${self.rng.choice((16, 32, 48, 512, 4096))}, %rsp")

    def epilogue(self) -> None:
        self.emit("\tleaq\t-16(%rbp), %rsp")
        self.emit("\tpopq\t%rbx")
        self.emit("\tpopq\t%r12")
        self.emit("\tpopq\t%rbp")
        self.emit("\t.cfi_remember_state")
        self.emit("\t.cfi_def_cfa 7, 8")
        self.emit("\tret")
        self.emit("\t.cfi_restore_state")

    def rodata(self) -> None:
        r = self.rng
        self.emit("\t.section\t.rodata.str1.1,\"aMS\",@progbits,1")
        for _ in range(r.randrange(1, 4)):
            lab = self.new_label("LC")
            self.consts.append(lab)
            words = " ".join(r.choice(STR_WORDS) for _ in range(r.randrange(1, 5)))
            self.emit(f"{lab}:")
            self.emit(f"\t.string\t\"{words}\"")
        self.emit("\t.section\t.rodata.cst8,\"aM\",@progbits,8")
        self.emit("\t.align 8")
        lab = self.new_label("LC")
        self.consts.append(lab)
        self.emit(f"{lab}:")
        self.emit(f"\t.long\t{r.randrange(1 << 32)}")
        self.emit(f"\t.long\t{r.randrange(1 << 30)}")

    def data(self) -> None:
        r = self.rng
        name = f"table{len(self.tables)}"
        entries = r.randrange(2, 9)
        self.emit("\t.data" if r.random() < 0.7 else "\t.section\t.data.rel.ro.local,\"aw\"")
        self.emit("\t.p2align 4" if entries > 2 else "\t.align 8")
        if r.random() < 0.5:
            self.emit(f"\t.globl\t{name}")
        self.emit(f"\t.type\t{name}, @object")
        self.emit(f"\t.size\t{name}, {entries * 8}")
        self.emit(f"{name}:")
        for _ in range(entries):
            k = r.randrange(4)
            if k == 0 and self.fn:
                self.emit(f"\t.quad\tfunc{r.randrange(self.fn)}")
            elif k == 1 and self.consts:
                self.emit(f"\t.quad\t{r.choice(self.consts)}")
            elif k == 2:
                self.emit(f"\t.quad\text_var{r.randrange(50)}+{r.choice((0, 8, 64))}")
            else:
                self.emit(f"\t.quad\t{r.randrange(-(1 << 40), 1 << 40)}")
        self.tables.append(name)

    def debug_info(self) -> None:
        """A DWARF 5 compile unit with one DW_TAG_subprogram per function, as gcc -g emits
        (so GNU as does not synthesize its own .debug_info)."""
        self.emit("\t.section\t.debug_info,\"\",@progbits")
        self.emit(".Ldebug_info0:")
        self.emit("\t.long\t.Ldebug_info_end-.Ldebug_info_start")
        self.emit(".Ldebug_info_start:")
        self.emit("\t.value\t0x5\n\t.byte\t0x1\n\t.byte\t0x8\n\t.long\t.Ldebug_abbrev0")
        self.emit("\t.uleb128 0x1\n\t.string\t\"scale.c\"\n\t.quad\t.Ltext0")
        self.emit("\t.quad\t.Letext0-.Ltext0\n\t.long\t.Ldebug_line0")
        for name, n, is_global in self.dies:
            self.emit(f"\t.uleb128 {'0x2' if is_global else '0x3'}")
            self.emit(f"\t.string\t\"{name}\"")
            self.emit(f"\t.quad\t.LFB{n}")
            self.emit(f"\t.quad\t.LFE{n}-.LFB{n}")
        self.emit("\t.byte\t0")
        self.emit(".Ldebug_info_end:")
        self.emit("\t.section\t.debug_abbrev,\"\",@progbits")
        self.emit(".Ldebug_abbrev0:")
        # code, tag, children, then (attribute, form) pairs: name/string, low_pc/addr, high_pc/data8
        abbrevs = [(1, 0x11, 1, [(0x3, 0x8), (0x11, 0x1), (0x12, 0x7), (0x10, 0x17)]),
                   (2, 0x2e, 0, [(0x3, 0x8), (0x3f, 0x19), (0x11, 0x1), (0x12, 0x7)]),
                   (3, 0x2e, 0, [(0x3, 0x8), (0x11, 0x1), (0x12, 0x7)])]
        for code, tag, children, attrs in abbrevs:
            self.emit(f"\t.uleb128 {code:#x}\n\t.uleb128 {tag:#x}\n\t.byte\t{children}")
            for attr, form in attrs:
                self.emit(f"\t.uleb128 {attr:#x}\n\t.uleb128 {form:#x}")
            self.emit("\t.byte\t0\n\t.byte\t0")
        self.emit("\t.byte\t0")
        self.emit("\t.section\t.debug_line,\"\",@progbits")
        self.emit(".Ldebug_line0:")

    def header(self) -> None:
        self.emit("\t.file\t\"scale.c\"")
        self.emit("\t.text")
        self.emit(".Ltext0:")
        self.emit("\t.file 0 \"/src/gen\" \"scale.c\"")
        self.emit("\t.file 1 \"scale.c\"")
        self.emit("\t.file 2 \"include/scale.h\"")

    def footer(self) -> None:
        self.emit("\t.text")
        self.emit(".Letext0:")
        self.debug_info()
        self.emit("\t.ident\t\"asmgen (bench/asmgen.py)\"")
        self.emit("\t.section\t.note.GNU-stack,\"\",@progbits")


def generate(out: TextIO, size_bytes: int, seed: int = 1) -> int:
    """Write about size_bytes of assembly (at least one function) to out; return bytes written."""
    g = Gen(seed)
    g.header()
    written = 0
    steps: list[Callable[[], None]] = [g.function, g.function, g.function, g.rodata, g.data]
    while written + g.size < size_bytes or g.fn == 0:
        g.rng.choice(steps)()
        if g.size > MB:
            written += g.size
            g.flush(out)
            g.size = 0
    g.footer()
    written += g.size
    g.flush(out)
    return written


def write_file(path: Path, size_mb: float, seed: int = 1) -> int:
    """Generate size_mb MiB of assembly into path (written atomically); return bytes written."""
    tmp = path.with_suffix(path.suffix + ".tmp")
    with open(tmp, "w", encoding="ascii", newline="\n") as f:
        n = generate(f, int(size_mb * MB), seed)
    tmp.replace(path)
    return n


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, required=True, help="size in MiB")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("-o", dest="out", type=Path, required=True, help="output .s file")
    args = ap.parse_args()
    n = write_file(args.out, args.mb, args.seed)
    print(f"{args.out}: {n:,} bytes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
