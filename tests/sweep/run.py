#!/usr/bin/env python3
"""The instruction sweep: gasket against GNU as's recorded verdicts, statement by statement.

    tests/sweep/run.py GASKET [--only GROUP] [--show N] [--no-messages]

expected/GROUP.txt  `statement<TAB>hex<TAB>relocs<TAB>warning`: GNU as accepted the statement; gasket must
                    produce the same bytes, the same relocations (type@offset:symbol+addend) and warning.
expected/GROUP.rej  `statement<TAB>message`: GNU as rejected it; gasket must reject it too, and (unless
                    --no-messages) with the same message.
Each group is one gasket run per file (see sweeplib.py for how the object is split back into statements).
known_gaps.txt      `statement<TAB>reason`: known differences, counted as skipped (and reported when they pass,
                    so the list only shrinks). Anything else that differs is a failure.
"""

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import sweeplib  # noqa: E402


def run_gasket(gasket, lines, tmp):
    src = Path(tmp) / "x.s"
    obj = Path(tmp) / "x.o"
    src.write_text(sweeplib.source_for(lines))
    if obj.exists():
        obj.unlink()
    p = subprocess.run([gasket, "--64", "-o", str(obj), str(src)], capture_output=True, text=True, timeout=600)
    data = obj.read_bytes() if p.returncode == 0 and obj.exists() else None
    return sweeplib.diagnostics(p.stderr), data


def check_accepted(gasket, rows, tmp, check_messages):
    """[(statement, problem)] for statements GNU as accepted."""
    problems = []
    lines = [r[0] for r in rows]
    diags, data = run_gasket(gasket, lines, tmp)
    errors = {i: m for i, ds in diags.items() for k, m in ds if k == "Error"}
    if errors:
        for i, m in sorted(errors.items()):
            problems.append((lines[i], f"rejected: {m}"))
        keep = [r for i, r in enumerate(rows) if i not in errors]
        sub = check_accepted(gasket, keep, tmp, check_messages) if keep and len(keep) < len(rows) else []
        return problems + sub
    if data is None:
        return [(l, "no object written") for l in lines]
    got = sweeplib.split_object(data)
    for i, (stmt, hexs, rel, warn) in enumerate(rows):
        ghex, grel = got.get(i, ("", ""))
        if ghex != hexs:
            problems.append((stmt, f"bytes {ghex or '(none)'}, expected {hexs or '(none)'}"))
        elif grel != rel:
            problems.append((stmt, f"relocs `{grel}', expected `{rel}'"))
        elif check_messages:
            gwarn = "; ".join(m for k, m in diags.get(i, []) if k == "Warning")
            if gwarn != warn:
                problems.append((stmt, f"warning `{gwarn}', expected `{warn}'"))
    return problems


def check_rejected(gasket, rows, tmp, check_messages):
    problems = []
    lines = [r[0] for r in rows]
    diags, _ = run_gasket(gasket, lines, tmp)
    for i, (stmt, msg) in enumerate(rows):
        got = [m for k, m in diags.get(i, []) if k == "Error"]
        if not got:
            problems.append((stmt, f"accepted, GNU as says: {msg}"))
        elif check_messages and got[0] != msg:
            problems.append((stmt, f"message `{got[0]}', expected `{msg}'"))
    return problems


def read_rows(path, fields):
    rows = []
    for line in path.read_text().splitlines():
        parts = line.split("\t")
        rows.append(tuple(parts + [""] * (fields - len(parts))))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gasket")
    ap.add_argument("--only", action="append", default=[])
    ap.add_argument("--show", type=int, default=20, help="problems to print per group (-1: all)")
    ap.add_argument("--no-messages", action="store_true", help="compare bytes and verdicts only")
    args = ap.parse_args()
    passed = failed = skipped = 0
    gaps = dict(read_rows(HERE / "known_gaps.txt", 2)) if (HERE / "known_gaps.txt").exists() else {}
    fixed = []
    with tempfile.TemporaryDirectory() as tmp:
        for path in sorted((HERE / "expected").glob("*.txt")):
            group = path.stem
            if args.only and group not in args.only:
                continue
            rows = read_rows(path, 4)
            problems = check_accepted(args.gasket, rows, tmp, not args.no_messages)
            rej_path = path.with_suffix(".rej")
            rej_rows = read_rows(rej_path, 2) if rej_path.exists() else []
            rej_problems = check_rejected(args.gasket, rej_rows, tmp, not args.no_messages) if rej_rows else []
            bad = {s for s, _ in problems} | {s for s, _ in rej_problems}
            known = bad & gaps.keys()
            fixed += [r[0] for r in rows + rej_rows if r[0] in gaps and r[0] not in bad]
            n = len(rows) + len(rej_rows)
            failed += len(bad - known)
            skipped += len(known)
            passed += n - len(bad)
            print(f"{group}: {len(rows)} accepted ({len({s for s, _ in problems} - known)} wrong), "
                  f"{len(rej_rows)} rejected ({len({s for s, _ in rej_problems} - known)} wrong), "
                  f"{len(known)} known gaps")
            shown = [(s, w) for s, w in problems + rej_problems if s not in known]
            for stmt, why in shown if args.show < 0 else shown[:args.show]:
                print(f"    {stmt}\t{why}")
    for stmt in fixed:
        print(f"    now passes, remove from known_gaps.txt: {stmt}")
    print(f"{passed} passed, {failed} failed, {skipped} skipped")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
