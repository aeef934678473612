#!/usr/bin/env python3
"""Corpus runner: gasket as gcc's assembler on real C and C++ programs.

    tests/corpus/run.py [--gasket] PATH [--configs LIST] [--only PATTERN] [-j N] [-v] [--keep DIR]

Every program under tests/corpus/src (*.c, *.cpp; sub-directories are not programs) is compiled by gcc/g++ to
assembly in each configuration, and the .s is assembled twice with the options gcc itself passes to `as` for
that configuration (read from `gcc -###`): by GNU as and by gasket. The two objects must be byte-identical.
Programs with a `main` are then linked (gcc driver, GNU ld) once from each object and run; the gasket-built
program must print what the GNU-as-built one prints and exit the same way.

The configuration `B` compiles and links straight from the source with `gcc -B DIR/bin/ -save-temps=obj`, so
gcc runs gasket (DIR/bin/as) itself; the object it leaves behind is compared with GNU as's object of the
saved .s, and the program it links is run as above.

Prints, per configuration, the number of programs, identical objects and good runs, then each mismatch with
its first differing section, and a closing line `N passed, N failed` (one unit = one program in one
configuration). Nothing is written to the source tree; work happens in a temporary directory.
"""

import argparse
import concurrent.futures
import fnmatch
import importlib.util
import os
import re
import shlex
import shutil
import stat
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
_golden_spec = importlib.util.spec_from_file_location("golden_run", HERE.parent / "golden" / "run.py")
golden = importlib.util.module_from_spec(_golden_spec)
_golden_spec.loader.exec_module(golden)

COMPILE_TIMEOUT = 300
ASSEMBLE_TIMEOUT = 120
RUN_TIMEOUT = 30
LIBS = ["-lm", "-pthread"]


@dataclass(frozen=True)
class Config:
    name: str
    cflags: tuple[str, ...]
    ldflags: tuple[str, ...] = ()
    driver: bool = False  # compile and link with `gcc -B`, gasket invoked by gcc


CONFIGS = [
    Config("O0", ("-O0",)),
    Config("O2", ("-O2",)),
    Config("O2g", ("-O2", "-g")),
    Config("Os-pic", ("-Os", "-fPIC")),
    Config("O3-sections", ("-O3", "-ffunction-sections", "-fdata-sections"), ("-Wl,--gc-sections",)),
    Config("B", ("-O2",), driver=True),
]


@dataclass
class Result:
    program: str
    config: str
    identical: bool = False
    runnable: bool = False
    run_ok: bool = False
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def passed(self):
        return self.identical and (self.run_ok or not self.runnable) and not self.problems


def list_programs(only):
    progs = sorted(p for p in SRC.iterdir() if p.suffix in (".c", ".cpp") and p.is_file())
    if only:
        glob = any(ch in only for ch in "*?[")
        progs = [p for p in progs if (fnmatch.fnmatchcase(p.name, only) if glob else only in p.name)]
    return progs


def compiler(src):
    return ["gcc", "-std=gnu17"] if src.suffix == ".c" else ["g++", "-std=gnu++20"]


def has_main(src):
    return re.search(r"^\s*int\s+main\s*\(", src.read_text(errors="replace"), re.M) is not None


def gcc_as_flags(cflags, workdir):
    """The options gcc passes to `as` for these compiler flags, minus `-o OUT` and the input."""
    probe = workdir / "probe.c"
    probe.write_text("int probe;\n")
    proc = subprocess.run(["gcc", *cflags, "-###", "-c", "-o", str(workdir / "probe.o"), str(probe)],
                          capture_output=True, text=True)
    for line in proc.stderr.splitlines():
        words = shlex.split(line)
        if words and os.path.basename(words[0]) == "as":
            flags, args = [], iter(words[1:])
            for w in args:
                if w == "-o":
                    next(args, None)
                elif not w.endswith(".s"):
                    flags.append(w)
            return flags
    raise RuntimeError(f"no `as` command in gcc -### {' '.join(cflags)}:\n{proc.stderr}")


def run(cmd, cwd, timeout):
    # Executing a program just linked by another worker thread now and then fails with EACCES on this
    # machine (seen with -j2); a short retry tells that apart from a real failure.
    for attempt in range(5):
        try:
            return subprocess.run(cmd, cwd=cwd, capture_output=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            return subprocess.CompletedProcess(cmd, -999, b"", f"timed out after {timeout}s".encode())
        except PermissionError:
            if attempt == 4:
                raise
            time.sleep(0.2)


def first_error(proc):
    text = proc.stderr.decode("utf-8", "replace").strip().splitlines()
    interesting = [line for line in text if "rror" in line or "arning" in line] or text
    return interesting[0][:300] if interesting else f"exit status {proc.returncode}"


def describe_difference(expected, actual):
    """One line naming the first section in which two objects differ."""
    es, acts = golden.elf_sections(expected), golden.elf_sections(actual)
    if es is None or acts is None:
        return "not both ELF objects"
    en, an = [s[0] for s in es], [s[0] for s in acts]
    if en != an:
        missing = [n for n in en if n not in an]
        extra = [n for n in an if n not in en]
        return f"section lists differ (GNU as only: {missing}, gasket only: {extra})"
    for i, (e, a) in enumerate(zip(es, acts)):
        eb, ab = golden.section_bytes(expected, e), golden.section_bytes(actual, a)
        if eb != ab or e[1] != a[1] or e[3] != a[3]:
            pos = next((k for k, (x, y) in enumerate(zip(eb, ab)) if x != y), min(len(eb), len(ab)))
            return (f"first differing section [{i}] {e[0]} (size as {e[3]:#x}, gasket {a[3]:#x}; "
                    f"first differing byte at {pos:#x})")
    return "section contents equal; ELF or section headers differ"


def link_and_run(cc, cflags, ldflags, obj, exe, cwd):
    """Links `obj` into `exe` and runs it: (ok, (returncode, stdout) or error text)."""
    proc = run([*cc, *cflags, str(obj), "-o", str(exe), *ldflags, *LIBS], cwd, COMPILE_TIMEOUT)
    if proc.returncode != 0:
        return False, f"link failed: {first_error(proc)}"
    proc = run([str(exe)], cwd, RUN_TIMEOUT)
    return True, (proc.returncode, proc.stdout)


def check(src, cfg, as_flags, gasket, bindir, tmp):
    res = Result(src.name, cfg.name, runnable=has_main(src))
    work = tmp / cfg.name / src.name.replace(".", "_")
    work.mkdir(parents=True)
    cc = compiler(src)
    stem = src.stem
    if cfg.driver:
        cmd = [*cc, "-B", f"{bindir}/", "-save-temps=obj", *cfg.cflags]
        compile_only = [*cmd, "-c", "-o", str(work / (stem + ".o")), str(src)]
        if res.runnable:
            proc = run([*cmd, "-o", str(work / stem), str(src), *LIBS], work, COMPILE_TIMEOUT)
        else:
            proc = run(compile_only, work, COMPILE_TIMEOUT)
        if proc.returncode != 0 and res.runnable and list(work.glob("*.o")):
            res.runnable = False
            res.notes.append(f"gcc -B compiles but does not link ({first_error(proc)}): objects compared only")
            for p in work.iterdir():
                p.unlink()
            proc = run(compile_only, work, COMPILE_TIMEOUT)
        if proc.returncode != 0:
            res.problems.append(f"gcc -B failed: {first_error(proc)}")
            return res
        asm = sorted(work.glob("*.s"))
        objs = sorted(p for p in work.glob("*.o"))
        if len(asm) != 1 or len(objs) != 1:
            res.problems.append(f"expected one .s and one .o from -save-temps, got {asm} {objs}")
            return res
        asm, gasket_obj = asm[0].name, objs[0]
    else:
        asm = stem + ".s"
        proc = run([*cc, *cfg.cflags, "-pthread", "-S", "-o", asm, str(src)], work, COMPILE_TIMEOUT)
        if proc.returncode != 0:
            res.problems.append(f"compiler failed: {first_error(proc)}")
            return res
        gasket_obj = work / (stem + ".gasket.o")
        proc = run([gasket, *as_flags, "-o", gasket_obj.name, asm], work, ASSEMBLE_TIMEOUT)
        if proc.returncode != 0 or not gasket_obj.exists():
            res.problems.append(f"gasket failed: {first_error(proc)}")
    gas_obj = work / (stem + ".gas.o")
    proc = run(["as", *as_flags, "-o", gas_obj.name, asm], work, ASSEMBLE_TIMEOUT)
    if proc.returncode != 0:
        res.problems.append(f"GNU as failed: {first_error(proc)}")
        return res
    if gasket_obj.exists():
        expected, actual = gas_obj.read_bytes(), gasket_obj.read_bytes()
        res.identical = expected == actual
        if not res.identical:
            res.problems.append(describe_difference(expected, actual))
    if not res.runnable:
        return res
    ok, ref = link_and_run(cc, cfg.cflags, cfg.ldflags, gas_obj, work / (stem + ".gas"), work)
    if not ok:
        # Not a program after all (a file of functions for the other corpus scripts): objects only.
        res.runnable = False
        res.notes.append(f"GNU as's object does not link ({ref}): objects compared only")
        return res
    if ref[0] != 0:
        res.problems.append(f"reference (GNU as) program exited with {ref[0]}")
        return res
    if cfg.driver:
        got = run([str(work / stem)], work, RUN_TIMEOUT)
        got = (got.returncode, got.stdout)
    elif gasket_obj.exists():
        ok, got = link_and_run(cc, cfg.cflags, cfg.ldflags, gasket_obj, work / (stem + ".gasket"), work)
        if not ok:
            res.problems.append(f"gasket object: {got}")
            return res
    else:
        return res
    res.run_ok = got == ref
    if not res.run_ok:
        res.problems.append(f"run differs: exit {got[0]} vs {ref[0]}, output {len(got[1])} vs {len(ref[1])} bytes")
    return res


# ---------------------------------------------------------------- the driver as gcc and build systems use it

KERNEL_AS_VERSION = r"""
# The Linux kernel's scripts/as-version.sh, reduced to its parsing: the first line of `$CC -Wa,--version`,
# "GNU assembler ... X.Y[.Z]" -> X*10000 + Y*100 + Z.
IFS='
'
set -- $(LC_ALL=C "$@" -Wa,--version -c -x assembler-with-cpp /dev/null -o /dev/null 2>/dev/null)
IFS=' '
set -- $1
if [ "$1" = GNU ] && [ "$2" = assembler ]; then
  shift $(($# - 1))
  version=$1
  IFS=.
  set -- $version
  echo GNU $(($1 * 10000 + $2 * 100 + ${3:-0}))
else
  echo unknown
fi
"""

OPTION_SOURCE = """\
extern int ext_data;
int get(void) { return ext_data; }
static int t[4];
int tentative;  /* common with -fcommon */
int *tp(int i) { return &t[i & 3]; }
int main(void) { return 0; }
"""


def option_checks(gasket, bindir, tmp):
    """(name, problems) for the driver behaviours gcc and build systems rely on."""
    work = tmp / "options"
    work.mkdir()
    (work / "in.s").write_text(".text\nf: ret\n")
    (work / "inc").mkdir()
    (work / "inc" / "part.inc").write_text("nop\n")
    (work / "uses_inc.s").write_text('.include "part.inc"\n')
    (work / "prog.c").write_text(OPTION_SOURCE)

    def same_object(args, stdin=None, name="x"):
        outs = []
        for tool in ("as", gasket):
            out = work / f"{name}.{os.path.basename(tool)}.o"
            proc = subprocess.run([tool, *args, "-o", str(out)], cwd=work, input=stdin, capture_output=True)
            if proc.returncode != 0:
                return [f"{tool} {shlex.join(args)}: {first_error(proc)}"]
            outs.append(out.read_bytes())
        return [] if outs[0] == outs[1] else [f"objects differ for {shlex.join(args)}: {describe_difference(*outs)}"]

    def gcc_b(flags, name):
        """gcc -B compiles prog.c with `flags`; the object must equal plain gcc's (GNU as)."""
        outs = []
        for extra in ([], ["-B", f"{bindir}/"]):
            out = work / f"{name}{len(outs)}.o"
            proc = subprocess.run(["gcc", *extra, *flags, "-c", "-o", str(out), "prog.c"], cwd=work,
                                  capture_output=True)
            if proc.returncode != 0:
                return [f"gcc {shlex.join(extra + flags)}: {first_error(proc)}"]
            outs.append(out.read_bytes())
        return [] if outs[0] == outs[1] else [f"gcc -B {shlex.join(flags)}: {describe_difference(*outs)}"]

    def version():
        proc = subprocess.run([gasket, "--version", "--64", "-o", "/dev/null", "in.s"], cwd=work, capture_output=True,
                              text=True)
        first = proc.stdout.splitlines()[0] if proc.stdout else ""
        problems = [] if proc.returncode == 0 and re.fullmatch(r"GNU assembler \(.*\) 2\.40", first) else \
            [f"--version: exit {proc.returncode}, first line {first!r}"]
        kernel = subprocess.run(["sh", "-c", KERNEL_AS_VERSION, "as-version", "gcc", "-B", f"{bindir}/"],
                                capture_output=True, text=True).stdout.strip()
        if kernel != "GNU 24000":
            problems.append(f"kernel as-version.sh logic reads {kernel!r}, want 'GNU 24000'")
        return problems

    def verbose():
        proc = subprocess.run([gasket, "-v", "--64", "-o", "v.o", "in.s"], cwd=work, capture_output=True, text=True)
        ok = proc.returncode == 0 and proc.stderr.startswith("GNU assembler") and (work / "v.o").exists()
        return [] if ok else [f"-v: exit {proc.returncode}, stderr {proc.stderr[:80]!r}"]

    def help_text():
        proc = subprocess.run([gasket, "--help"], capture_output=True, text=True)
        missing = [o for o in ("--64", "-o", "-I", "--noexecstack", "--execstack", "-mrelax-relocations",
                               "--gdwarf-N", "--compress-debug-sections", "-g", "--version", "-Qy", "--defsym",
                               "zstd", "--gdwarf-cie-version", "--keep-locals", "--elf-stt-common", "--size-check",
                               "-march", "-mtune", "--warn", "-mx86-used-note=no", "-msyntax=att")
                   if o not in proc.stdout]
        return [] if proc.returncode == 0 and not missing else [f"--help: exit {proc.returncode}, missing {missing}"]

    def not_supported():
        """Options gas accepts but gasket does not implement: exit 1, a clear message and no object."""
        problems = []
        for opt in ("--32", "--x32", "--gdwarf-sections", "-mshared", "-momit-lock-prefix=yes", "-mfence-as-lock-add=yes",
                    "-mx86-used-note=yes", "--generate-missing-build-notes=yes", "-msyntax=intel", "-mnaked-reg",
                    "-madd-bnd-prefix", "-mbranches-within-32B-boundaries", "-malign-branch-boundary=32",
                    "-malign-branch=jcc", "-mlfence-after-load=yes", "-msse-check=warning", "-mintel64", "-O2", "-Os",
                    "-al", "--listing-lhs-width=2", "--strip-local-absolute", "-J", "-march=+avx2", "-mtune=i686",
                    "-mtune=i286", "@opts.txt"):
            out = work / "unsupported.o"
            out.unlink(missing_ok=True)
            proc = subprocess.run([gasket, opt, "-o", str(out), "in.s"], cwd=work, capture_output=True, text=True)
            ok = proc.returncode == 1 and proc.stderr.startswith(f"gasket: {opt} is not supported: ") \
                and proc.stderr.count("\n") == 1 and not out.exists()
            if not ok:
                problems.append(f"{opt}: exit {proc.returncode}, stderr {proc.stderr[:100]!r}")
        proc = subprocess.run([gasket, "--32", "in.s"], cwd=work, capture_output=True, text=True)
        if proc.stderr != "gasket: --32 is not supported: gasket assembles x86-64 only\n":
            problems.append(f"--32 message {proc.stderr!r}")
        return problems

    def output_kinds():
        """-o onto a file that is not a plain one is written in place, never replaced (gas opens it for writing)."""
        problems = []
        proc = subprocess.run([gasket, "--64", "-o", "/dev/null", "in.s"], cwd=work, capture_output=True)
        if proc.returncode != 0 or not stat.S_ISCHR(os.stat("/dev/null").st_mode):
            problems.append(f"-o /dev/null: exit {proc.returncode}, /dev/null is no longer a character device")
        (work / "real.o").write_bytes(b"old")
        link = work / "link.o"
        link.unlink(missing_ok=True)
        link.symlink_to("real.o")
        proc = subprocess.run([gasket, "--64", "-o", "link.o", "in.s"], cwd=work, capture_output=True)
        if proc.returncode != 0 or not link.is_symlink() or (work / "real.o").read_bytes()[:4] != b"\x7fELF":
            problems.append(f"-o through a symbolic link: exit {proc.returncode}, link kept: {link.is_symlink()}")
        (work / "plain.o").write_bytes(b"old")
        proc = subprocess.run([gasket, "--64", "-o", "plain.o", "in.s"], cwd=work, capture_output=True)
        if proc.returncode != 0 or (work / "plain.o").read_bytes()[:4] != b"\x7fELF" or \
                any(p.name.startswith("plain.o.gasket-tmp") for p in work.iterdir()):
            problems.append(f"-o over an existing object: exit {proc.returncode}")
        return problems

    def unknown():
        proc = subprocess.run([gasket, "--bogus-option", "in.s"], cwd=work, capture_output=True, text=True)
        ok = proc.returncode == 1 and proc.stderr.endswith(": unrecognized option '--bogus-option'\n")
        return [] if ok else [f"unknown option: exit {proc.returncode}, stderr {proc.stderr[:120]!r}"]

    checks = [
        ("--version (kernel scripts/as-version.sh)", version),
        ("-v", verbose),
        ("--help", help_text),
        ("unknown option", unknown),
        ("-o onto /dev/null, a symbolic link, an existing file", output_kinds),
        ("options gas accepts that gasket does not support", not_supported),
        ("-V", lambda: same_object(["-V", "in.s"], name="big_v")),
        ("gcc -B -g -Wa,--keep-locals", lambda: gcc_b(["-O2", "-g", "-Wa,--keep-locals"], "keeplocals")),
        ("gcc -B -g -Wa,-L,--elf-stt-common=yes,--gdwarf-cie-version=4",
         lambda: gcc_b(["-O2", "-g", "-fcommon", "-Wa,-L,--elf-stt-common=yes,--gdwarf-cie-version=4"], "gasmisc")),
        ("gcc -B -march=znver3 -Wa,-march=znver3,-mtune=znver3",
         lambda: gcc_b(["-O2", "-march=znver3", "-Wa,-march=znver3,-mtune=znver3"], "march")),
        ("- reads stdin", lambda: same_object(["--64", "-"], b".text\nnop\n", "stdin")),
        ("no input reads stdin", lambda: same_object(["--64"], b".data\n.long 7\n", "noinput")),
        ("-I DIR", lambda: same_object(["--64", "-I", "inc", "uses_inc.s"], name="inc")),
        ("-Iinc -Qy --noexecstack", lambda: same_object(["-Iinc", "-Qy", "--noexecstack", "uses_inc.s"], name="qy")),
        ("gcc -B -Wa,--noexecstack", lambda: gcc_b(["-O2", "-Wa,--noexecstack"], "noexec")),
        ("gcc -B -Wa,--execstack", lambda: gcc_b(["-O2", "-Wa,--execstack"], "exec")),
        ("gcc -B -fPIC -Wa,-mrelax-relocations=no", lambda: gcc_b(["-O2", "-fPIC", "-Wa,-mrelax-relocations=no"],
                                                                   "norelax")),
        ("gcc -B -gdwarf-2 (--gdwarf2)", lambda: gcc_b(["-O2", "-gdwarf-2"], "dwarf2")),
        ("gcc -B -gdwarf-4 (--gdwarf-4)", lambda: gcc_b(["-O0", "-gdwarf-4"], "dwarf4")),
        ("gcc -B -g -gz=none", lambda: gcc_b(["-O2", "-g", "-gz=none"], "gznone")),
        ("gcc -B -g -Wa,--compress-debug-sections=zstd",
         lambda: gcc_b(["-O2", "-g", "-Wa,--compress-debug-sections=zstd"], "gzzstd")),
        ("gcc -B -w (-W)", lambda: gcc_b(["-O2", "-w"], "nowarn")),
    ]
    results = []
    for name, fn in checks:
        try:
            results.append((name, fn()))
        except (OSError, IndexError) as exc:
            results.append((name, [f"error: {exc!r}"]))
    return results


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gasket_pos", nargs="?", metavar="GASKET", help="path of the gasket binary")
    ap.add_argument("--gasket", help="path of the gasket binary (alternative to GASKET)")
    ap.add_argument("--configs", help="comma-separated configurations to run (default: all): "
                    + ", ".join(c.name for c in CONFIGS) + ", options (driver option checks)")
    ap.add_argument("--only", metavar="PATTERN", help="programs whose file name matches this glob (or contains it)")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("-v", "--verbose", action="store_true", help="print every unit")
    ap.add_argument("--keep", metavar="DIR", help="work in DIR (created) and keep it, instead of a temporary one")
    args = ap.parse_args()
    gasket = args.gasket or args.gasket_pos
    if not gasket:
        ap.error("the gasket binary is required")
    gasket = os.path.abspath(shutil.which(gasket) or gasket)
    bindir = os.path.join(os.path.dirname(gasket), "bin")

    configs = CONFIGS
    if args.configs:
        wanted = args.configs.split(",")
        unknown = [w for w in wanted if w not in {c.name for c in CONFIGS} | {"options"}]
        if unknown:
            ap.error(f"unknown configuration(s): {', '.join(unknown)}")
        configs = [c for c in CONFIGS if c.name in wanted]
    want_options = not args.configs or "options" in args.configs.split(",")
    programs = list_programs(args.only)
    if not programs and configs:
        print(f"no programs match {args.only!r}", file=sys.stderr)
        return 1

    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="gasket-corpus-") as tmpdir:
        tmp = Path(args.keep).resolve() if args.keep else Path(tmpdir)
        tmp.mkdir(parents=True, exist_ok=True)
        if any(c.driver for c in configs):
            probe = subprocess.run(["gcc", "-B", f"{bindir}/", "-print-prog-name=as"], capture_output=True, text=True)
            if os.path.realpath(probe.stdout.strip()) != os.path.realpath(gasket):
                print(f"gcc -B {bindir}/ does not run gasket as `as` (it runs {probe.stdout.strip()!r})")
                return 1
        as_flags = {c.name: gcc_as_flags(c.cflags, tmp) for c in configs}
        options = option_checks(gasket, bindir, tmp) if want_options else []
        jobs = [(src, cfg) for cfg in configs for src in programs]
        results = {}
        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            futures = {pool.submit(check, src, cfg, as_flags[cfg.name], gasket, bindir, tmp): (src, cfg)
                       for src, cfg in jobs}
            for fut in concurrent.futures.as_completed(futures):
                src, cfg = futures[fut]
                try:
                    res = fut.result()
                except Exception as exc:  # a bug in this script: report it as a failed unit
                    res = Result(src.name, cfg.name, problems=[f"runner error: {exc!r}"])
                results[(src.name, cfg.name)] = res
                if args.verbose:
                    print(f"{'ok  ' if res.passed else 'FAIL'} {cfg.name:12} {src.name}", flush=True)

    passed = failed = 0
    for cfg in configs:
        rs = [results[(p.name, cfg.name)] for p in programs]
        flags = " ".join(cfg.cflags) + (" (gcc -B, compile and link)" if cfg.driver else "")
        print(f"{cfg.name:12} [{flags}; as {' '.join(as_flags[cfg.name])}]: {len(rs)} programs, "
              f"{sum(r.identical for r in rs)} identical objects, "
              f"{sum(r.run_ok for r in rs)}/{sum(r.runnable for r in rs)} runs OK")
    if want_options:
        print(f"{'options':12} [driver]: {len(options)} checks, {sum(not p for _, p in options)} OK")
    for name, problems in options:
        if problems:
            failed += 1
            print(f"MISMATCH options {name}: " + "; ".join(problems))
        else:
            passed += 1
    for cfg in configs:
        for p in programs:
            r = results[(p.name, cfg.name)]
            if r.passed:
                passed += 1
                continue
            failed += 1
            print(f"MISMATCH {cfg.name} {p.name}: " + "; ".join(r.problems))
    notes = sorted({(p.name, n) for p in programs for cfg in configs for n in results[(p.name, cfg.name)].notes})
    for name, note in notes:
        print(f"note: {name}: {note}")
    print(f"({time.monotonic() - started:.0f}s)")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
