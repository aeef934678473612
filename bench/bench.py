#!/usr/bin/env python3
"""Benchmark gasket against GNU as on large compiler-generated and generated inputs.

The inputs are made on this machine and cached in build-bench/ (see bench/inputs.py; each is
regenerated when what it is made from changes):
  (a) bench/heavy.cpp at `g++ -std=c++17 -O2 -g -S`, (b) the same without -g,
  (c) every C++ source of gasket at `g++ -std=c++20 -O2 -g -S`, assembled as one aggregate,
  (d) generated gcc-like assembly of 1, 10 and 100 MiB (bench/asmgen.py) for the scaling table.
Each input is assembled by GNU as and by gasket alternately (one warm-up each, then --runs
timed runs each; the order of the two flips every run), both invoked as
`ASSEMBLER --64 -o OUT.o IN.s`, as gcc would.  Wall time is measured around each child and
its peak RSS read from wait4's rusage, by bench/rsswrap.c (compiled into the outdir) so that
this process's own RSS does not leak into the child's; for (c) a run is all its files one
after the other, its time the sum and its RSS the largest.  Per input the report gives the median wall time of
each, the median of the per-pair ratios as/gasket (> 1 means gasket is faster), the peak RSS
of each, and whether the objects are byte-identical.  A summary table and, for (d), a scaling
table (time and RSS per MiB, and gasket's growth from the smallest to the largest size) close
the report.  MB in the tables means MiB.

A gasket failure is reported as such; GNU as's figures are still printed.  Exit status is
non-zero only if generating an input or running GNU as fails.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from inputs import ROOT, Input, build_rsswrap, prepare

MIB = 1024 * 1024
GROWTH_OK = 1.3  # gasket's per-MiB time or RSS may grow this much from the smallest to the largest (d)


@dataclass
class Run:
    ok: bool
    wall: float  # seconds
    maxrss_kib: int
    stderr: str = ""
    status: int = 0


@dataclass
class Series:
    name: str
    runs: list[Run] = field(default_factory=list)
    failure: str | None = None

    def walls(self) -> list[float]:
        return [r.wall for r in self.runs]

    def peak_rss_mib(self) -> float:
        return max(r.maxrss_kib for r in self.runs) / 1024

    def median_wall(self) -> float:
        return statistics.median(self.walls())


@dataclass
class Result:
    inp: Input
    series: dict[str, Series]
    differing: list[str] | None  # files whose objects differ; None if an assembler failed

    def ok(self, name: str) -> bool:
        return not self.series[name].failure

    def ratio(self, ref: str, new: str) -> float | None:
        """Median of the per-run ratios ref/new, None if either failed."""
        if not (self.ok(ref) and self.ok(new)):
            return None
        a, g = self.series[ref].walls(), self.series[new].walls()
        return statistics.median(x / y for x, y in zip(a, g))


def run_child(argv: list[str], stderr_path: Path, wrap: Path | None) -> Run:
    """Run argv to completion; wall time around fork..wait, peak RSS from the child's rusage.
    With wrap (bench/rsswrap.c), the child is forked by that small program, which reports the
    child's wait4 rusage; without it, the RSS floor of rss_floor_mib applies."""
    result = stderr_path.with_suffix(".rusage")
    full = [str(wrap), str(result), *argv] if wrap else argv
    with open(stderr_path, "wb") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(full, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err)
        _, wstatus, rusage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(wstatus)  # keeps Popen from waiting again
    # Only the head: a failing assembler can write hundreds of MiB of messages, and growing
    # this process would inflate later children's ru_maxrss (see rss_floor_mib).
    with open(stderr_path, "rb") as err:
        text = err.read(64 * 1024).decode(errors="replace")
    status, maxrss = proc.returncode, rusage.ru_maxrss
    if wrap:
        if proc.returncode != 0:
            return Run(False, wall, 0, f"rsswrap failed: {text}", proc.returncode)
        status, maxrss = (int(v) for v in result.read_text().split())
    return Run(status == 0, wall, maxrss, text, status)


def rss_floor_mib() -> float:
    """Linux carries the RSS high-water mark of the forked copy of this process into the
    child's ru_maxrss across exec, so no child can report less than our own peak RSS."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def describe_failure(run: Run) -> str:
    if run.status < 0:
        what = f"killed by signal {-run.status}"
    else:
        what = f"exit status {run.status}"
    lines = [line for line in run.stderr.splitlines()
             if line.strip() and not line.endswith("Assembler messages:")]
    return f"{what}: {lines[0] if lines else '(no message)'}"


def run_group(exe: str, files: list[Path], objs: list[Path], stderr_path: Path, wrap: Path | None) -> Run:
    """Assemble files one after the other; the wall times add up, the peak RSS is the largest.
    Stops at the first failure, naming the file when there are several."""
    total, rss = 0.0, 0
    for src, obj in zip(files, objs):
        obj.unlink(missing_ok=True)
        run = run_child([exe, "--64", "-o", str(obj), str(src)], stderr_path, wrap)
        if not run.ok:
            if len(files) > 1:
                run.stderr = f"{src.name}: {run.stderr}"
            return run
        total += run.wall
        rss = max(rss, run.maxrss_kib)
    return Run(True, total, rss)


def differing_objects(objs: dict[str, list[Path]], files: list[Path]) -> list[str]:
    """Names of the inputs whose objects are not byte-identical across assemblers (compared in
    chunks: reading whole objects would raise this process's peak RSS, see rss_floor_mib)."""
    names = list(objs)
    bad = []
    for i, src in enumerate(files):
        first = objs[names[0]][i]
        if not all(filecmp.cmp(first, objs[n][i], shallow=False) for n in names[1:]):
            bad.append(src.name)
    return bad


def bench_input(inp: Input, assemblers: dict[str, str], runs: int, workdir: Path, wrap: Path | None) -> Result:
    """Time each assembler on inp, alternating and flipping the order every run."""
    series = {name: Series(name) for name in assemblers}
    objdir = workdir / inp.key
    objdir.mkdir(exist_ok=True)
    objs = {name: [objdir / f"{src.stem}.{name}.o" for src in inp.files] for name in assemblers}
    order = list(assemblers)
    for i in range(runs + 1):  # iteration 0 is the warm-up
        for name in order if i % 2 == 0 else order[::-1]:
            s = series[name]
            if s.failure:
                continue
            run = run_group(assemblers[name], inp.files, objs[name], workdir / f"{name}.stderr", wrap)
            if not run.ok:
                s.failure = describe_failure(run)
            elif i > 0:
                s.runs.append(run)
    differing = None
    if not any(s.failure for s in series.values()):
        differing = differing_objects(objs, inp.files)
    return Result(inp, series, differing)


def count_lines(files: list[Path]) -> int:
    n = 0
    for path in files:
        with open(path, "rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                n += block.count(b"\n")
    return n


def report(res: Result, ref: str, new: str) -> None:
    inp = res.inp
    what = str(inp.files[0]) if len(inp.files) == 1 else f"({inp.key}) {inp.label}: {len(inp.files)} files"
    print(f"\n{what}  ({inp.size_bytes() / MIB:.1f} MiB, {count_lines(inp.files):,} lines)")
    for s in (res.series[ref], res.series[new]):
        if s.failure:
            print(f"  {s.name:7} FAILED: {s.failure}")
        else:
            walls = s.walls()
            print(f"  {s.name:7} median {s.median_wall():7.3f} s   "
                  f"(min {min(walls):.3f}, max {max(walls):.3f}, n={len(walls)})   "
                  f"peak RSS {s.peak_rss_mib():7.1f} MiB")
    ratio = res.ratio(ref, new)
    if ratio is not None and res.differing is not None:
        print(f"  ratio {ref}/{new}: median {ratio:.2f}x")
        if res.differing:
            print(f"  outputs byte-identical: NO ({len(res.differing)} of {len(inp.files)}: "
                  f"{', '.join(res.differing[:10])}{' ...' if len(res.differing) > 10 else ''})")
        else:
            print(f"  outputs byte-identical: yes{f' (all {len(inp.files)})' if len(inp.files) > 1 else ''}")
    elif not res.ok(new):
        print(f"  ratio, identity: n/a ({new} failed)")


def cell(value: float | None, fmt: str) -> str:
    return "FAILED" if value is None else format(value, fmt)


def summary(results: list[Result], ref: str, new: str) -> None:
    """One row per input: size, medians, ratio, peak RSS, identity."""
    print("\nSummary (MB = MiB)")
    cols = ["input", "files", "size MB", f"{ref} s", f"{new} s", "ratio", f"{ref} RSS MiB", f"{new} RSS MiB", "identical"]
    rows = []
    for res in results:
        a, g = res.series[ref], res.series[new]
        ident = "n/a" if res.differing is None else ("yes" if not res.differing else f"NO ({len(res.differing)})")
        rows.append([f"({res.inp.key}) {res.inp.label}", str(len(res.inp.files)), f"{res.inp.size_bytes() / MIB:.1f}",
                     cell(None if a.failure else a.median_wall(), ".3f"),
                     cell(None if g.failure else g.median_wall(), ".3f"),
                     cell(res.ratio(ref, new), ".2f"),
                     cell(None if a.failure else a.peak_rss_mib(), ".1f"),
                     cell(None if g.failure else g.peak_rss_mib(), ".1f"), ident])
    print_table(cols, rows)


def print_table(cols: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(c), *(len(r[i]) for r in rows)) if rows else len(c) for i, c in enumerate(cols)]

    def line(r: list[str]) -> str:
        return "  ".join(v.ljust(w) if i == 0 else v.rjust(w) for i, (v, w) in enumerate(zip(r, widths)))

    print(line(cols))
    print(line(["-" * w for w in widths]))
    for r in rows:
        print(line(r))


def per_mb(res: Result, name: str) -> tuple[float, float] | None:
    """(seconds per MiB, RSS MiB per MiB) of one assembler on res, None if it failed."""
    s = res.series[name]
    if s.failure:
        return None
    mb = res.inp.size_bytes() / MIB
    return s.median_wall() / mb, s.peak_rss_mib() / mb


def growth(first: float | None, last: float | None) -> str:
    if first is None or last is None:
        return "n/a"
    g = last / first
    return f"{g:.2f} {'OK' if g <= GROWTH_OK else 'HIGH'}"


def scaling(results: list[Result], ref: str, new: str) -> None:
    """For the (d) inputs: time and RSS per MiB of each assembler, and gasket's growth factor
    (the per-MiB figure at the largest size over the one at the smallest; OK when <= 1.3)."""
    scale = sorted((r for r in results if r.inp.key == "d"), key=lambda r: r.inp.size_bytes())
    if not scale:
        return
    print(f"\nScaling (d): per-MiB figures; {new} growth = per-MiB at the largest size / at the smallest "
          f"(OK when <= {GROWTH_OK})")
    cols = ["size MB", f"{ref} s", f"{new} s", f"{ref} RSS", f"{new} RSS", f"{ref} s/MB", f"{new} s/MB",
            f"{ref} RSS/MB", f"{new} RSS/MB"]
    rows = []
    for res in scale:
        a, g = res.series[ref], res.series[new]
        pa, pg = per_mb(res, ref), per_mb(res, new)
        rows.append([f"{res.inp.size_bytes() / MIB:.1f}",
                     cell(None if a.failure else a.median_wall(), ".3f"),
                     cell(None if g.failure else g.median_wall(), ".3f"),
                     cell(None if a.failure else a.peak_rss_mib(), ".1f"),
                     cell(None if g.failure else g.peak_rss_mib(), ".1f"),
                     cell(pa and pa[0], ".4f"), cell(pg and pg[0], ".4f"),
                     cell(pa and pa[1], ".2f"), cell(pg and pg[1], ".2f")])
    print_table(cols, rows)
    if len(scale) > 1:
        first, last = per_mb(scale[0], new), per_mb(scale[-1], new)
        print(f"{new} growth {scale[0].inp.label} -> {scale[-1].inp.label}: "
              f"time/MB {growth(first and first[0], last and last[0])}, "
              f"RSS/MB {growth(first and first[1], last and last[1])}")


def parse_list(text: str, what: str) -> list[str]:
    items = [t.strip() for t in text.split(",") if t.strip()]
    if not items:
        raise argparse.ArgumentTypeError(f"empty {what} list")
    return items


def parse_only(text: str) -> set[str]:
    keys = set(parse_list(text, "--only"))
    if not keys <= {"a", "b", "c", "d"}:
        raise argparse.ArgumentTypeError(f"--only takes a comma list of a, b, c, d (not {text})")
    return keys


def parse_sizes(text: str) -> list[float]:
    try:
        sizes = [float(t) for t in parse_list(text, "--sizes")]
    except ValueError:
        raise argparse.ArgumentTypeError(f"--sizes takes a comma list of MiB (not {text})") from None
    if any(s <= 0 for s in sizes):
        raise argparse.ArgumentTypeError("--sizes must be positive")
    return sizes


def parse_args() -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5, help="timed runs per assembler and input (default 5)")
    ap.add_argument("--gasket", default=str(ROOT / "build" / "gasket"), help="gasket binary (default build/gasket)")
    ap.add_argument("--as", dest="gas", default="as", help="GNU as binary (default: as on PATH)")
    ap.add_argument("--only", type=parse_only, default={"a", "b", "c", "d"}, metavar="a,b,c,d",
                    help="generated inputs to run: a heavy -g, b heavy, c gasket's sources, d scaling (default all)")
    ap.add_argument("--sizes", type=parse_sizes, default=[1.0, 10.0, 100.0], metavar="1,10,100",
                    help="sizes in MiB of the (d) scaling inputs (default 1,10,100)")
    ap.add_argument("--input", action="append", default=[], type=Path, metavar="FILE.s",
                    help="extra input, may be repeated")
    ap.add_argument("--heavy-n", type=int, default=8, help="HEAVY_N for bench/heavy.cpp (default 8)")
    ap.add_argument("--no-generate", action="store_true", help="only use the --input files")
    ap.add_argument("--outdir", type=Path, default=ROOT / "build-bench", help="cache/work dir (default build-bench)")
    args = ap.parse_args()
    if args.runs < 1:
        ap.error("--runs must be at least 1")
    return args


def main() -> int:
    args = parse_args()
    gas = shutil.which(args.gas)
    if not gas:
        sys.exit(f"bench: GNU as not found: {args.gas} (apt-get install binutils)")
    gasket = str(Path(args.gasket).resolve())
    outdir = args.outdir.resolve()
    outdir.mkdir(parents=True, exist_ok=True)
    inputs = [] if args.no_generate else prepare(args.only, outdir, args.heavy_n, args.sizes, gas)
    for p in args.input:
        if not p.is_file():
            sys.exit(f"bench: no such input: {p}")
        inputs.append(Input("x", p.name, [p.resolve()]))
    if not inputs:
        sys.exit("bench: no inputs")

    gas_version = subprocess.run([gas, "--version"], capture_output=True, text=True).stdout.splitlines()[:1]
    print(f"GNU as: {gas} ({gas_version[0] if gas_version else '?'})")
    print(f"gasket: {gasket}" + ("" if os.access(gasket, os.X_OK) else "  (not found: will be reported as failed)"))
    print(f"runs: {args.runs} timed + 1 warm-up each, alternating (order flipped every run); cpus: {os.cpu_count()}")
    wrap = build_rsswrap(outdir)
    if wrap:
        print(f"peak RSS: ru_maxrss of each assembler as reported by {wrap.relative_to(ROOT) if wrap.is_relative_to(ROOT) else wrap}")
    else:
        print(f"peak RSS floor (no gcc for bench/rsswrap.c; this script's own peak, inherited through fork): "
              f"{rss_floor_mib():.1f} MiB")
    workdir = outdir / "out"
    workdir.mkdir(exist_ok=True)
    results = []
    for inp in inputs:
        res = bench_input(inp, {"as": gas, "gasket": gasket}, args.runs, workdir, wrap)
        report(res, "as", "gasket")
        results.append(res)
    summary(results, "as", "gasket")
    scaling(results, "as", "gasket")
    if not wrap:
        print(f"peak RSS floor at the end: {rss_floor_mib():.1f} MiB")
    return 1 if any(not r.ok("as") for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
