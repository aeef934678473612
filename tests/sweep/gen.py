#!/usr/bin/env python3
"""Writes the sweep's expected files from GNU as (needs `as`; run.py does not).

    tests/sweep/gen.py [--as AS] [GROUP...]

For every group of forms.py, the candidate statements are assembled by GNU as: the ones it accepts go to
expected/GROUP.txt as `statement<TAB>hex<TAB>relocs<TAB>warning`, the ones it rejects go to
expected/GROUP.rej as `statement<TAB>message`. Which is which is GNU as's verdict, never ours.
"""

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import forms  # noqa: E402
import sweeplib  # noqa: E402


def run_as(asm, lines, tmp):
    src = Path(tmp) / "x.s"
    obj = Path(tmp) / "x.o"
    src.write_text(sweeplib.source_for(lines))
    if obj.exists():
        obj.unlink()
    p = subprocess.run([asm, "--64", "-o", str(obj), str(src)], capture_output=True, text=True)
    diags = sweeplib.diagnostics(p.stderr)
    data = obj.read_bytes() if p.returncode == 0 and obj.exists() else None
    return diags, data


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--as", dest="asm", default="as")
    ap.add_argument("groups", nargs="*")
    args = ap.parse_args()
    out_dir = HERE / "expected"
    out_dir.mkdir(exist_ok=True)
    groups = forms.groups()
    total_ok = total_rej = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name, lines in groups.items():
            if args.groups and name not in args.groups:
                continue
            seen = set()
            lines = [l for l in lines if not (l in seen or seen.add(l))]
            diags, _ = run_as(args.asm, lines, tmp)
            rejected = {i: m for i, ds in diags.items() for k, m in ds if k == "Error"}
            ok = [l for i, l in enumerate(lines) if i not in rejected]
            rej = [(l, rejected[i]) for i, l in enumerate(lines) if i in rejected]
            diags, data = run_as(args.asm, ok, tmp)
            if data is None:
                sys.exit(f"{name}: GNU as rejected lines it accepted before: {diags}")
            split = sweeplib.split_object(data)
            with open(out_dir / f"{name}.txt", "w") as f:
                for i, l in enumerate(ok):
                    hexs, rel = split.get(i, ("", ""))
                    warn = "; ".join(m for k, m in diags.get(i, []) if k == "Warning")
                    f.write(f"{l}\t{hexs}\t{rel}\t{warn}\n")
            with open(out_dir / f"{name}.rej", "w") as f:
                for l, m in rej:
                    f.write(f"{l}\t{m}\n")
            total_ok += len(ok)
            total_rej += len(rej)
            print(f"{name}: {len(ok)} accepted, {len(rej)} rejected")
    print(f"total: {total_ok} accepted, {total_rej} rejected")


if __name__ == "__main__":
    main()
