#!/usr/bin/env python3
"""Random `.cfi_*` programs assembled by GNU as and gasket, compared byte for byte (and their messages).

    tests/corpus/cfi_fuzz.py GASKET [--seed N] [--count N] [--keep DIR]

Each program has a few procedures in up to three code sections, with random register rules, advances of every
size, relaxable jumps, alignment, remember/restore, escapes, labels, personality/LSDA encodings, `simple`
starts and `.cfi_sections`. A failing program is written to DIR (default: the current directory) as
cfi_fuzz_SEED.s. Exit status 1 if any program differs.
"""
import argparse
import random
import subprocess
import sys
import tempfile
from pathlib import Path

REGS = ["%rbx", "%rbp", "%r12", "3", "70", "%xmm16", "%rip"]


def operation(r, lab):
    reg = r.choice(REGS)
    kind = r.randrange(17)
    return [
        f"\t.cfi_def_cfa_offset {r.choice([8, 16, 24, -8, 1024])}",
        f"\t.cfi_offset {reg}, {r.choice([-8, -16, 16, -800])}",
        f"\t.cfi_adjust_cfa_offset {r.choice([8, -8, 16])}",
        f"\t.cfi_rel_offset {reg}, {r.choice([0, 8, 16])}",
        f"\t.cfi_restore {reg}",
        f"\t.cfi_undefined {reg}",
        f"\t.cfi_same_value {reg}",
        f"\t.cfi_def_cfa {reg}, {r.choice([8, 16, -16])}",
        f"\t.cfi_def_cfa_register {reg}",
        f"\t.cfi_register {reg}, %rax",
        "\t.cfi_remember_state\n\tnop\n\t.cfi_restore_state",
        "\t.cfi_escape 0x2e, 0x10",
        "\t.cfi_signal_frame",
        f"\t.cfi_val_offset {reg}, {r.choice([8, -8])}",
        f"\t.cfi_return_column {r.choice(['%rip', '%rax', '16'])}",
        "\t.cfi_window_save",
        f"\t.cfi_label .Lcl{lab}",
    ][kind]


def program(r):
    out = ["\t.text"]
    if r.random() < 0.15:
        out.append("\t.cfi_sections " + r.choice([".eh_frame", ".debug_frame", ".eh_frame, .debug_frame"]))
    for f in range(r.randint(1, 8)):
        sec = r.choice([".text", ".text.a", ".text.b"])
        out.append("\t.text" if sec == ".text" else f'\t.section {sec},"ax",@progbits')
        if r.random() < 0.3:
            out.append(f"\t.p2align {r.randint(0, 5)}")
        out += [f"f{f}:", "\t.cfi_startproc" + (" simple" if r.random() < 0.1 else "")]
        if r.random() < 0.3:
            out.append("\t.cfi_personality " + r.choice(["0x9b, pers", "0x9b, pers2", "0x3, pers", "0, pers",
                                                         "0x1b, f0", "0xff"]))
        if r.random() < 0.3:
            out.append("\t.cfi_lsda " + r.choice(["0x1b, .Llsda", "0x3, .Llsda", "0, .Llsda", "0xff",
                                                  "0x1b, .Llsda+4"]))
        for k in range(r.randint(0, 12)):
            c = r.random()
            if c < 0.35:
                n = r.choice([0, 0, 1, 1, 2, 3, 5, 30, 63, 64, 65, 200, 255, 256, 300, 70000])
                if n > 1000 and r.random() < 0.7:
                    n = r.randint(1, 100)
                if n:
                    out.append(f"\t.fill {n},1,0x90")
            elif c < 0.45:
                out.append(f"\tjmp .L{f}_{r.randint(0, 3)}")
            elif c < 0.5:
                out.append(f"\t.p2align {r.randint(1, 4)}")
            elif c < 0.55:
                out.append(f".Lm{f}_{k}:")
            else:
                out.append(operation(r, f"{f}_{k}"))
        out += [f".L{f}_{j}:" for j in range(4)] + ["\tret", "\t.cfi_endproc"]
    out += ['\t.section .gcc_except_table,"a",@progbits', "\t.long 0", ".Llsda: .long 0xff"]
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gasket")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=200)
    ap.add_argument("--keep", default=".")
    args = ap.parse_args()
    args.gasket = str(Path(args.gasket).resolve())
    bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        src, gas_o, our_o = Path(tmp, "t.s"), Path(tmp, "gas.o"), Path(tmp, "gasket.o")
        for seed in range(args.seed, args.seed + args.count):
            text = program(random.Random(seed))
            src.write_text(text)
            gas = subprocess.run(["as", "--64", "-o", str(gas_o), "t.s"], cwd=tmp, capture_output=True)
            our = subprocess.run([args.gasket, "--64", "-o", str(our_o), "t.s"], cwd=tmp, capture_output=True)
            same = gas.returncode == our.returncode and gas.stderr == our.stderr
            if same and gas.returncode == 0:
                same = gas_o.read_bytes() == our_o.read_bytes()
            if not same:
                bad += 1
                Path(args.keep, f"cfi_fuzz_{seed}.s").write_text(text)
                print(f"seed {seed}: differs (kept as cfi_fuzz_{seed}.s)")
    print(f"{args.count - bad} identical, {bad} differ")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
