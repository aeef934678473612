#!/usr/bin/env python3
"""Golden-corpus runner: assemble every case with gasket and compare with GNU as.

    tests/golden/run.py [--gasket] PATH [--only PATTERN] [-v]

Each case X.s (X.gas.s files are hand-lowered twins for regen.sh, not cases)
is assembled from inside tests/golden as `GASKET --64 OPTS -o TMP/X.o X.s`,
where OPTS is X.opts (shared with GNU as) followed by X.gasket-opts.

  err_*  : exit status 1, stderr == X.err, and a pre-existing TMP/X.o untouched
  warn_* : exit status 0, stderr == X.err, object == X.o
  others : exit status 0, empty stderr, object == X.o

The expected X.o / X.err files are produced by regen.sh; no GNU tool is needed
here, but readelf/objdump are used for readable diffs when they exist.
"""

import argparse
import difflib
import fnmatch
import os
import shlex
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SENTINEL = b"gasket golden: pre-existing output file, must stay untouched\n"
CASE_TIMEOUT = 60
MAX_DIFF_LINES = 200


def list_cases(only):
    names = sorted(p.name[:-2] for p in HERE.glob("*.s") if not p.name.endswith(".gas.s"))
    if only:
        glob = any(ch in only for ch in "*?[")
        names = [n for n in names if (fnmatch.fnmatchcase(n, only) if glob else only in n)]
    return names


def read_known_gaps():
    """{case: reason} from known_gaps.txt: cases gasket is known to get wrong, reported as skipped."""
    gaps = {}
    path = HERE / "known_gaps.txt"
    if path.exists():
        for line in path.read_text().splitlines():
            if line.strip() and not line.startswith("#"):
                case, _, reason = line.partition("\t")
                gaps[case.strip()] = reason.strip()
    return gaps


def read_opts(case):
    opts = []
    for suffix in (".opts", ".gasket-opts"):
        path = HERE / (case + suffix)
        if path.exists():
            # @GOLDEN_DIR@ stands for this directory, so that cases whose objects record the current
            # directory (-g's DW_AT_comp_dir) can map it away with --debug-prefix-map wherever they run.
            opts += shlex.split(path.read_text().replace("@GOLDEN_DIR@", str(HERE)))
    return opts


# ---------------------------------------------------------------- ELF helpers

def elf_sections(data):
    """[(name, type, offset, size)] of an ELF64 little-endian object, or None."""
    try:
        if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
            return None
        shoff, = struct.unpack_from("<Q", data, 0x28)
        shentsize, shnum, shstrndx = struct.unpack_from("<HHH", data, 0x3A)
        headers = []
        for i in range(shnum):
            name, typ, _flags, _addr, off, size = struct.unpack_from(
                "<IIQQQQ", data, shoff + i * shentsize)
            headers.append((name, typ, off, size))
        _, _, stroff, strsize = headers[shstrndx]
        strtab = data[stroff:stroff + strsize]
        result = []
        for name, typ, off, size in headers:
            end = strtab.find(b"\0", name)
            result.append((strtab[name:end].decode("latin-1"), typ, off, size))
        return result
    except (struct.error, IndexError, ValueError):
        return None


def section_bytes(data, sec):
    _name, typ, off, size = sec
    return b"" if typ == 8 else data[off:off + size]  # SHT_NOBITS has no bytes


def hexdump(blob, limit=512):
    lines = []
    for i in range(0, min(len(blob), limit), 16):
        chunk = blob[i:i + 16]
        lines.append(f"  {i:06x}  {chunk.hex(' '):<47}  "
                     + "".join(chr(b) if 32 <= b < 127 else "." for b in chunk))
    if len(blob) > limit:
        lines.append(f"  ... ({len(blob) - limit} more bytes)")
    return lines


def first_difference(expected, actual):
    """Describe where two objects first differ, with hex of that section."""
    exp_secs, act_secs = elf_sections(expected), elf_sections(actual)
    if exp_secs is None or act_secs is None:
        pos = next((i for i, (a, b) in enumerate(zip(expected, actual)) if a != b),
                   min(len(expected), len(actual)))
        return [f"first differing byte at file offset {pos:#x} "
                f"(expected size {len(expected)}, actual {len(actual)})",
                "expected:"] + hexdump(expected[pos & ~15:], 128) + \
               ["actual:"] + hexdump(actual[pos & ~15:], 128)
    exp_names = [s[0] for s in exp_secs]
    act_names = [s[0] for s in act_secs]
    if exp_names != act_names:
        return ["section lists differ:", f"  expected: {exp_names}", f"  actual:   {act_names}"]
    for exp, act in zip(exp_secs, act_secs):
        eb, ab = section_bytes(expected, exp), section_bytes(actual, act)
        if eb != ab or exp[1] != act[1] or exp[3] != act[3]:
            return [f"first differing section: [{exp_names.index(exp[0])}] {exp[0]!r} "
                    f"(expected size {exp[3]:#x}, actual {act[3]:#x})",
                    "expected:"] + hexdump(eb) + ["actual:"] + hexdump(ab)
    return ["section contents are equal; the difference is in the ELF/section headers"]


def tool_dump(path, label):
    """readelf + objdump text of an object, with the path replaced by label."""
    out = []
    for tool, args in (("readelf", ["-hSsrW"]), ("objdump", ["-dr"])):
        if shutil.which(tool) is None:
            continue
        proc = subprocess.run([tool, *args, str(path)], capture_output=True, text=True,
                              errors="replace")
        out += (proc.stdout + proc.stderr).replace(str(path), label).splitlines()
    return out


def unified(expected_lines, actual_lines, what):
    diff = list(difflib.unified_diff(expected_lines, actual_lines, f"expected {what}",
                                     f"actual {what}", lineterm=""))
    if len(diff) > MAX_DIFF_LINES:
        diff = diff[:MAX_DIFF_LINES] + [f"... ({len(diff) - MAX_DIFF_LINES} more diff lines)"]
    return diff


def object_report(case, expected_path, actual_path):
    expected, actual = expected_path.read_bytes(), actual_path.read_bytes()
    report = [f"object differs from {case}.o"]
    report += unified(tool_dump(expected_path, case + ".o"),
                      tool_dump(actual_path, case + ".o"), "readelf/objdump")
    report += first_difference(expected, actual)
    return report


# ---------------------------------------------------------------- one case

def run_case(gasket, case, tmp):
    """Return a list of problem descriptions (empty = pass)."""
    out = tmp / (case + ".o")
    is_err = case.startswith("err_")
    if out.exists():
        out.unlink()
    if is_err:
        out.write_bytes(SENTINEL)
    cmd = [gasket, "--64", *read_opts(case), "-o", str(out), case + ".s"]
    try:
        proc = subprocess.run(cmd, cwd=HERE, capture_output=True, timeout=CASE_TIMEOUT)
    except subprocess.TimeoutExpired:
        return [f"timed out after {CASE_TIMEOUT}s: {shlex.join(cmd)}"]
    except OSError as exc:
        return [f"cannot run {shlex.join(cmd)}: {exc}"]

    problems = []
    stderr = proc.stderr.decode("utf-8", "replace")
    err_file = HERE / (case + ".err")
    expected_stderr = err_file.read_text() if err_file.exists() else ""
    if stderr != expected_stderr:
        problems.append("stderr differs:")
        problems += unified(expected_stderr.splitlines(), stderr.splitlines(), "stderr")

    if is_err:
        if proc.returncode != 1:
            problems.append(f"exit status {proc.returncode}, expected 1")
        if not out.exists():
            problems.append("pre-existing output file was deleted")
        elif out.read_bytes() != SENTINEL:
            problems.append("pre-existing output file was modified")
        return problems

    if proc.returncode != 0:
        problems.append(f"exit status {proc.returncode}, expected 0")
    expected_obj = HERE / (case + ".o")
    if not expected_obj.exists():
        problems.append(f"missing expected {case}.o (run regen.sh)")
    elif not out.exists():
        problems.append("no output object written")
    elif out.read_bytes() != expected_obj.read_bytes():
        problems += object_report(case, expected_obj, out)
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gasket_pos", nargs="?", metavar="GASKET", help="path of the gasket binary")
    ap.add_argument("--gasket", help="path of the gasket binary (alternative to GASKET)")
    ap.add_argument("--only", metavar="PATTERN",
                    help="run only cases whose name matches this glob (or contains it)")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every case")
    args = ap.parse_args()
    gasket = args.gasket or args.gasket_pos
    if not gasket:
        ap.error("the gasket binary is required")
    gasket = shutil.which(gasket) or gasket
    gasket = os.path.abspath(gasket)

    cases = list_cases(args.only)
    if not cases:
        print(f"no cases match {args.only!r}", file=sys.stderr)
    gaps = read_known_gaps()
    passed = failed = skipped = 0
    with tempfile.TemporaryDirectory(prefix="gasket-golden-") as tmpdir:
        tmp = Path(tmpdir)
        for case in cases:
            problems = run_case(gasket, case, tmp)
            if problems and case in gaps:
                skipped += 1
                print(f"SKIP {case}: known gap: {gaps[case]}")
            elif problems:
                failed += 1
                print(f"FAIL {case}")
                for line in problems:
                    print("    " + line)
            else:
                passed += 1
                if case in gaps:
                    print(f"NOTE {case} now passes: remove it from known_gaps.txt")
                if args.verbose:
                    print(f"ok   {case}")
            sys.stdout.flush()
    print(f"{passed} passed, {failed} failed, {skipped} skipped")
    return 1 if failed or not cases else 0


if __name__ == "__main__":
    sys.exit(main())
