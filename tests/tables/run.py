#!/usr/bin/env python3
"""Tests for gasket-tables and the table modes, on real objects and binaries.

    tests/tables/run.py GASKET GASKET_TABLES

Needs GNU as 2.40 and gcc (GNU ld); without them it exits 77 (skipped).
  - init_uaccess.s: gasket (.pushsection_table) must audit clean; GNU as on the
    same text with plain .pushsection must be flagged, entry by entry.
  - every tests/golden/tbl_* case with its preset: the golden object (GNU as on
    the lowered twin) is clean with the expected entry counts; GNU as on the
    naive text (plain .pushsection) is flagged for the init and exit entries.
  - linked_mismatch.s: a link-order table entry for another section is flagged.
  - gc_fns.s + gc_main.c: with --table-mode=link-order, ld --gc-sections
    -z start-stop-gc drops the unused function and its entries; in prefix mode
    the table keeps both alive.
  - options: --entry, --json, bad layouts and unreadable files.
"""

import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLDEN = HERE.parent / "golden"

# golden case -> (preset, table entries per code section: .text, .text.NAME_hot, .init.text, .exit.text)
CASES = {
    "ex_table": ("ex_table", 1),
    "ex_table_abs": ("ex_table_2002", 1),
    "ex_table_merge": ("ex_table", 1),
    "omitted_flags": ("ex_table", 2),
    "bug_table": ("bug_table", 1),
    "altinstructions": ("altinstructions", 1),
    "smp_locks": ("smp_locks", 1),
    "jump_table": ("jump_table", 1),
    "static_call_sites": ("static_call_sites", 1),
    "retpoline_sites": ("retpoline_sites", 1),
    "return_sites": ("return_sites", 1),
    "orc_unwind_ip": ("orc_unwind_ip", 2),
}

failures = []


def check(ok, what):
    print(f"  {'ok' if ok else 'FAIL'}  {what}")
    if not ok:
        failures.append(what)


def run(cmd, **kw):
    return subprocess.run([str(c) for c in cmd], capture_output=True, text=True, **kw)


def audit(tables, *args):
    """(exit status, parsed JSON) of gasket-tables --json ARGS."""
    r = run([tables, "--json", *args])
    try:
        return r.returncode, json.loads(r.stdout)
    except json.JSONDecodeError:
        return r.returncode, {"raw": r.stdout + r.stderr}


def families(report):
    """{(section name, family): entries} summed over files."""
    out = {}
    for f in report.get("files", []):
        for t in f["tables"]:
            out[(t["section"], t["family"])] = out.get((t["section"], t["family"]), 0) + t["entries"]
    return out


def naive(src, dst):
    """The text as a GNU as user writes it: plain .pushsection, no pairing."""
    dst.write_text(src.read_text().replace(".pushsection_table", ".pushsection"))


def test_init_uaccess(gasket, tables, tmp):
    print("init_uaccess.s")
    good, bad = tmp / "init_gasket.o", tmp / "init_gas.o"
    check(run([gasket, "-o", good, HERE / "init_uaccess.s"]).returncode == 0, "gasket assembles init_uaccess.s")
    naive(HERE / "init_uaccess.s", tmp / "init_naive.s")
    check(run(["as", "--64", "-o", bad, tmp / "init_naive.s"]).returncode == 0, "GNU as assembles the plain text")
    rc, rep = audit(tables, good)
    check(rc == 0 and rep["violations"] == 0, f"gasket's object is clean (exit {rc})")
    check(families(rep) == {("__ex_table", "base"): 2, (".init.__ex_table", "init"): 2,
                            (".exit.__ex_table", "exit"): 1}, f"tables split by family: {families(rep)}")
    rc, rep = audit(tables, bad)
    viol = [v for f in rep.get("files", []) for t in f["tables"] for v in t["violations"]]
    # probe_firmware (insn, fixup), early_copy (insn only: its fixup is base code), drain_queue (insn, fixup)
    check(rc == 1 and len(viol) == 5, f"GNU as object: exit 1 and 5 violations (exit {rc}, {len(viol)})")
    syms = sorted({v["target"]["symbol"] for v in viol})
    check(syms == ["drain_queue", "early_copy", "probe_firmware"], f"violations name the functions: {syms}")
    text = run([tables, bad]).stdout
    print("    " + "\n    ".join(text.splitlines()))
    check("VIOLATION entry 2 insn -> .init.text+0x0 <probe_firmware>" in text, "text report names entry, section+offset, symbol")


def test_goldens(tables, tmp):
    print("tbl_* goldens (GNU as on the lowered twins) and their naive variants")
    for case, (preset, per_section) in CASES.items():
        for lo in ("", "lo_"):
            obj = GOLDEN / f"tbl_{lo}{case}.o"
            rc, rep = audit(tables, "--preset", preset, obj)
            fam = families(rep)
            base = sum(n for (s, f), n in fam.items() if f == "base")
            ok = rc == 0 and base == 2 * per_section and \
                sum(n for (s, f), n in fam.items() if f == "init") == per_section and \
                sum(n for (s, f), n in fam.items() if f == "exit") == per_section
            check(ok, f"tbl_{lo}{case}.o clean with --preset {preset}: {fam} (exit {rc})")
            if lo:
                links = sorted({t["linked_to"] for f in rep["files"] for t in f["tables"]})
                check(links == [".exit.text", ".init.text", ".text", f".text.{case}_hot"],
                      f"tbl_lo_{case}.o: one table section per code section, linked: {links}")
        src = tmp / f"naive_{case}.s"
        naive(GOLDEN / f"tbl_{case}.s", src)
        obj = tmp / f"naive_{case}.o"
        if run(["as", "--64", "-o", obj, src]).returncode != 0:
            check(False, f"GNU as assembles naive tbl_{case}")
            continue
        rc, rep = audit(tables, "--preset", preset, obj)
        keys = [v for f in rep["files"] for t in f["tables"] for v in t["violations"]]
        entries = {v["entry"] for v in keys}
        check(rc == 1 and len(entries) == 2 * per_section,
              f"naive tbl_{case} flagged: {len(entries)} entries into init/exit code (exit {rc})")


def test_linked_mismatch(tables, tmp):
    print("linked_mismatch.s")
    obj = tmp / "mismatch.o"
    check(run(["as", "--64", "-o", obj, HERE / "linked_mismatch.s"]).returncode == 0, "GNU as assembles it")
    rc, rep = audit(tables, obj)
    viol = [v for f in rep["files"] for t in f["tables"] for v in t["violations"]]
    check(rc == 1 and len(viol) == 1 and viol[0]["entry"] == 1 and "linked to .text.a" in viol[0]["message"],
          f"entry 1 (for .text.b) in a table linked to .text.a is flagged: {[v['message'] for v in viol]}")


def test_gc_sections(gasket, tables, tmp):
    print("gc_fns.s: --gc-sections with and without link-order tables")
    results = {}
    for mode, ldflags in (("prefix", []), ("link-order", ["-Wl,-z,start-stop-gc"])):
        obj, exe = tmp / f"gc_{mode}.o", tmp / f"gc_{mode}"
        r = run([gasket, f"--table-mode={mode}", "-o", obj, HERE / "gc_fns.s"])
        check(r.returncode == 0, f"gasket --table-mode={mode} assembles gc_fns.s {r.stderr.strip()}")
        r = run(["gcc", "-O2", "-o", exe, HERE / "gc_main.c", obj, "-Wl,--gc-sections", *ldflags])
        check(r.returncode == 0, f"links with --gc-sections {' '.join(ldflags)} {r.stderr.strip()}")
        out = run([exe]).stdout.strip()
        syms = run(["nm", exe]).stdout
        rc, rep = audit(tables, exe)
        results[mode] = (out, "unused_fn" in syms, rc)
        print(f"    {mode}: {out}; unused_fn {'kept' if 'unused_fn' in syms else 'dropped'}; audit exit {rc}")
    check(results["link-order"][0].startswith("1 entries") and not results["link-order"][1] and
          results["link-order"][2] == 0, "link-order: the unused function and its 2 entries are gone")
    check(results["prefix"][0].startswith("3 entries") and results["prefix"][1],
          "prefix: the table keeps the unused function and its entries alive")


def sources(rep):
    """[(field, "file:line" or None)] of every violation, in order."""
    out = []
    for f in rep.get("files", []):
        for t in f["tables"]:
            for v in t["violations"]:
                src = v.get("source")
                out.append((v["field"], f"{Path(src['file']).name}:{src['line']}" if src else None))
    return out


def test_source_lines(gasket, tables, tmp):
    print("source lines from .debug_line (lines.s, a gcc -g object, a linked file)")
    shutil.copy(HERE / "lines.s", tmp / "lines.s")
    want = [("insn", "lines.s:25"), ("fixup", "lines.s:28")]
    for opts in (["-g"], ["--gdwarf-3"], ["--gdwarf-4"], ["--gdwarf-5"]):
        obj = tmp / f"lines{opts[0]}.o"
        check(run([gasket, *opts, "-o", obj.name, "lines.s"], cwd=tmp).returncode == 0, f"gasket {opts[0]} assembles lines.s")
        rc, rep = audit(tables, obj)
        check(rc == 1 and sources(rep) == want, f"gasket {opts[0]}: violations name lines 25 and 28: {sources(rep)}")
        text = run([tables, obj]).stdout
        check("VIOLATION entry 1 insn -> .init.text+0x5 <lines_init+0x5> (lines.s:25): points into init" in text,
              f"gasket {opts[0]}: text report gives file:line")
    check(run(["ld", "-e", "lines_base", "-o", tmp / "lines_linked", tmp / "lines--gdwarf-5.o"]).returncode == 0,
          "ld links the --gdwarf-5 object")
    rc, rep = audit(tables, tmp / "lines_linked")
    check(rc == 1 and sources(rep) == want, f"linked file: same lines by address: {sources(rep)}")
    for opts in (["-g"], ["--gdwarf-5"]):
        obj = tmp / f"lines_gas{opts[0]}.o"
        check(run(["as", "--64", *opts, "-o", obj.name, "lines.s"], cwd=tmp).returncode == 0, f"GNU as {opts[0]}")
        rc, rep = audit(tables, obj)
        check(sources(rep) == want, f"GNU as {opts[0]} object: {sources(rep)}")
    check(run([gasket, "-o", tmp / "lines_nodebug.o", tmp / "lines.s"]).returncode == 0, "gasket without -g")
    rc, rep = audit(tables, tmp / "lines_nodebug.o")
    check(rc == 1 and sources(rep) == [("insn", None), ("fixup", None)], "without .debug_line: source is null")
    check("(lines.s" not in run([tables, tmp / "lines_nodebug.o"]).stdout, "without .debug_line: no file:line in text")
    (tmp / "initc.c").write_text(
        '__attribute__((section(".init.text"), noinline)) int init_fn(int *p)\n'
        "{\n"
        "\tint v;\n"
        '\tasm volatile("1: movl (%1), %0\\n2:\\n"\n'
        '\t\t     ".pushsection __ex_table, \\"a\\"\\n.balign 4\\n.long 1b - ., 2b - ., 0\\n.popsection"\n'
        '\t\t     : "=r"(v) : "r"(p));\n'
        "\treturn v;\n"
        "}\n")
    for opts in (["-g"], ["-g", "-gdwarf-4"]):
        r = run(["gcc", "-O0", *opts, "-c", "-o", "initc.o", "initc.c"], cwd=tmp)
        check(r.returncode == 0, f"gcc {' '.join(opts)} compiles an init function with an __ex_table entry")
        rc, rep = audit(tables, tmp / "initc.o")
        check(rc == 1 and sources(rep)[:1] == [("insn", "initc.c:4")], f"gcc {' '.join(opts)} object: {sources(rep)}")


def test_options(tables, tmp):
    print("options")
    obj = GOLDEN / "tbl_ex_table.o"
    rc, rep = audit(tables, "--entry", "rel32 insn, rel32 fixup, i32 data", "--table", "__ex_table", obj)
    check(rc == 0 and sum(families(rep).values()) == 4, f"--entry equals the ex_table preset ({rc})")
    rc, rep = audit(tables, "--entry", "rel32 insn, rel32 fixup", obj)
    check(rc == 2 and "error" in json.dumps(rep), f"wrong entry size is an error, exit 2 ({rc})")
    r = run([tables, "--entry", "rel33 insn", obj])
    check(r.returncode == 2 and "unknown field type" in r.stderr, "bad field type is rejected")
    r = run([tables, HERE / "run.py"])
    check(r.returncode == 2 and "not an ELF file" in r.stdout, "non-ELF input, exit 2")
    r = run([tables, "--list-presets"])
    names = re.findall(r"^(\S+)", r.stdout, re.M)
    check(r.returncode == 0 and len(names) >= 12, f"--list-presets lists {len(names)} presets")


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    gasket, tables = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve()
    for tool in ("as", "gcc", "nm", "ld"):
        if not shutil.which(tool):
            print(f"tests/tables: {tool} not found; skipped")
            return 77
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        test_init_uaccess(gasket, tables, tmp)
        test_goldens(tables, tmp)
        test_linked_mismatch(tables, tmp)
        test_gc_sections(gasket, tables, tmp)
        test_source_lines(gasket, tables, tmp)
        test_options(tables, tmp)
    print(f"tests/tables: {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
