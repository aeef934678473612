#!/usr/bin/env python3
"""Writes the jmp_relax_random_* golden cases, or compares gasket with GNU as on many of them.

    tests/golden/relax_gen.py                      (then: tests/golden/regen.sh jmp_relax_random_...)
    tests/golden/relax_gen.py --sweep GASKET N     (N seeds, each assembled by both; differences listed)

Each case is code in .text only: jumps and conditional jumps to nearby labels, back and forth, among
instructions and data of assorted sizes and `.p2align`/`.balign` directives with and without a
maximum skip. Targets within a few labels of the jump put many short jumps near the ±128 limit, so
growing one pushes others over it on later passes, across alignment regions. gasket relaxes such a
section in its packed form (emit/layout.cpp); these cases hold it to gas's choice of short and near
forms pass for pass.
"""

import argparse
import random
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
CASES = [17, 27, 35]
FILL = ["nop", "movl $1, %eax", "addq $100000, %rax", "movb $1, %al", ".byte 1,2,3",
        "leaq 8(%rsp), %rsp", "xorl %eax, %eax", ".long 7"]
ALIGNS = [".p2align 4,,10", ".p2align 4", ".p2align 3", ".balign 16,,7", ".p2align 5,,3",
          ".p2align 2", ".p2align 4,,15"]
JUMPS = ["jmp", "jne", "je", "jl", "jg", "jmp"]


def generate(seed: int) -> str:
    r = random.Random(seed)
    n = r.choice([100, 400, 1500, 4000])
    jump_share = r.uniform(0.1, 0.5)
    reach = r.choice([3, 6, 12, 30])
    align_share = r.choice([0.01, 0.04, 0.12])
    out = ["\t.text"]
    label = 0
    for _ in range(n):
        k = r.random()
        if k < 0.2:
            out.append(f".L{label}:")
            label += 1
        elif k < 0.2 + jump_share:
            target = max(0, label + r.randrange(-reach, reach + 1))
            out.append(f"\t{r.choice(JUMPS)}\t.L{target}")
        elif k < 0.2 + jump_share + align_share:
            out.append("\t" + r.choice(ALIGNS))
        else:
            out.append("\t" + r.choice(FILL))
    for i in range(label, label + reach + 1):
        out.append(f".L{i}:\n\tnop")
    return "\n".join(out) + "\n"


def sweep(gasket: str, count: int) -> int:
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        src, ref, out = Path(tmp, "r.s"), Path(tmp, "ref.o"), Path(tmp, "out.o")
        for seed in range(1, count + 1):
            src.write_text(generate(seed))
            subprocess.run(["as", "--64", "-o", ref, src], check=True)
            subprocess.run([gasket, "--64", "-o", out, src], check=False)
            if not out.exists() or out.read_bytes() != ref.read_bytes():
                print(f"seed {seed}: objects differ")
                failures += 1
            out.unlink(missing_ok=True)
    print(f"{count} seeds, {failures} differ")
    return 1 if failures else 0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sweep", nargs=2, metavar=("GASKET", "N"))
    args = ap.parse_args()
    if args.sweep:
        return sweep(args.sweep[0], int(args.sweep[1]))
    for seed in CASES:
        (HERE / f"jmp_relax_random_{seed}.s").write_text(generate(seed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
