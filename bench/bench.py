#!/usr/bin/env python3
"""Benchmark gasket against GNU as on large compiler-generated inputs.

The inputs are generated on this machine: bench/heavy.cpp compiled with
`g++ -std=c++17 -O2 -g -S` and again without -g, cached in build-bench/ (regenerated when
heavy.cpp, the flags or g++ change).  Each input is assembled by GNU as and by gasket
alternately (one warm-up each, then --runs timed runs each), both invoked as
`ASSEMBLER --64 -o OUT.o IN.s`, as gcc would.  Wall time is measured around each child and
its peak RSS read from os.wait4's rusage.  Per input the report gives the median wall time
of each, the median of the per-pair ratios as/gasket (> 1 means gasket is faster), the
peak RSS of each, and whether the two objects are byte-identical.

A gasket failure is reported as such; GNU as's figures are still printed.  Exit status is
non-zero only if generating an input or running GNU as fails.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEAVY_CPP = ROOT / "bench" / "heavy.cpp"
CXXFLAGS = ["-std=c++17", "-O2"]


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


def run_child(argv: list[str], stderr_path: Path) -> Run:
    """Run argv to completion; wall time around fork..wait, peak RSS from the child's rusage."""
    with open(stderr_path, "wb") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err)
        _, wstatus, rusage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(wstatus)  # keeps Popen from waiting again
    # Only the head: a failing assembler can write hundreds of MiB of messages, and growing
    # this process would inflate later children's ru_maxrss (see rss_floor_mib).
    with open(stderr_path, "rb") as err:
        text = err.read(64 * 1024).decode(errors="replace")
    return Run(proc.returncode == 0, wall, rusage.ru_maxrss, text, proc.returncode)


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


def generate_inputs(outdir: Path, heavy_n: int) -> list[Path]:
    """(Re)generate heavy-g.s and heavy.s in outdir, in parallel, unless the cached ones are current."""
    gxx = shutil.which("g++")
    if not gxx:
        sys.exit("bench: g++ not found (apt-get install g++ libboost-dev libfmt-dev)")
    version = subprocess.run([gxx, "--version"], capture_output=True, text=True, check=True).stdout
    variants = {"heavy-g.s": ["-g"], "heavy.s": []}
    pending = []
    outputs = []
    for name, extra in variants.items():
        out = outdir / name
        flags = CXXFLAGS + extra + [f"-DHEAVY_N={heavy_n}"]
        key = hashlib.sha256(HEAVY_CPP.read_bytes() + " ".join(flags).encode() + version.encode()).hexdigest()
        stamp = out.with_suffix(".stamp")
        outputs.append(out)
        if out.exists() and stamp.exists() and stamp.read_text().strip() == key:
            continue
        argv = [gxx, *flags, "-S", "-o", str(out), str(HEAVY_CPP)]
        print(f"generating {out.relative_to(ROOT)}: {' '.join(argv[1:])}", flush=True)
        pending.append((subprocess.Popen(argv), out, stamp, key))
    for proc, out, stamp, key in pending:
        if proc.wait() != 0:
            sys.exit(f"bench: generating {out} failed")
        stamp.write_text(key + "\n")
    return outputs


def bench_input(src: Path, assemblers: dict[str, str], runs: int, workdir: Path) -> tuple[dict[str, Series], bool | None]:
    """Time each assembler on src; also return whether all objects are byte-identical (None if one failed)."""
    series = {name: Series(name) for name in assemblers}
    objs = {name: workdir / f"{src.stem}.{name}.o" for name in assemblers}
    for i in range(runs + 1):  # iteration 0 is the warm-up
        for name, exe in assemblers.items():
            s = series[name]
            if s.failure:
                continue
            objs[name].unlink(missing_ok=True)
            run = run_child([exe, "--64", "-o", str(objs[name]), str(src)], workdir / f"{name}.stderr")
            if not run.ok:
                s.failure = describe_failure(run)
            elif i > 0:
                s.runs.append(run)
    identical = None
    if not any(s.failure for s in series.values()):
        blobs = [objs[name].read_bytes() for name in assemblers]
        identical = all(b == blobs[0] for b in blobs[1:])
    return series, identical


def fmt_mib(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MiB"


def report(src: Path, res: dict[str, Series], identical: bool | None, ref: str, new: str) -> None:
    a, g = res[ref], res[new]
    print(f"\n{src}  ({fmt_mib(src.stat().st_size)}, {sum(1 for _ in open(src, 'rb')):,} lines)")
    for s in (a, g):
        if s.failure:
            print(f"  {s.name:7} FAILED: {s.failure}")
        else:
            walls = s.walls()
            print(f"  {s.name:7} median {statistics.median(walls):7.3f} s   "
                  f"(min {min(walls):.3f}, max {max(walls):.3f}, n={len(walls)})   "
                  f"peak RSS {s.peak_rss_mib():7.1f} MiB")
    if not a.failure and not g.failure:
        ratios = [x / y for x, y in zip(a.walls(), g.walls())]
        print(f"  ratio {ref}/{new}: median {statistics.median(ratios):.2f}x")
        print(f"  outputs byte-identical: {'yes' if identical else 'NO'}")
    elif g.failure:
        print(f"  ratio, identity: n/a ({new} failed)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5, help="timed runs per assembler and input (default 5)")
    ap.add_argument("--gasket", default=str(ROOT / "build" / "gasket"), help="gasket binary (default build/gasket)")
    ap.add_argument("--as", dest="gas", default="as", help="GNU as binary (default: as on PATH)")
    ap.add_argument("--input", action="append", default=[], type=Path, metavar="FILE.s",
                    help="extra input, may be repeated")
    ap.add_argument("--heavy-n", type=int, default=8, help="HEAVY_N for bench/heavy.cpp (default 8)")
    ap.add_argument("--no-generate", action="store_true", help="only use the --input files")
    ap.add_argument("--outdir", type=Path, default=ROOT / "build-bench", help="cache/work dir (default build-bench)")
    args = ap.parse_args()
    if args.runs < 1:
        ap.error("--runs must be at least 1")

    gas = shutil.which(args.gas)
    if not gas:
        sys.exit(f"bench: GNU as not found: {args.gas} (apt-get install binutils)")
    gasket = str(Path(args.gasket).resolve())
    args.outdir.mkdir(parents=True, exist_ok=True)
    inputs = [] if args.no_generate else generate_inputs(args.outdir, args.heavy_n)
    inputs += [p.resolve() for p in args.input]
    if not inputs:
        ap.error("no inputs")
    for p in inputs:
        if not p.is_file():
            sys.exit(f"bench: no such input: {p}")

    gas_version = subprocess.run([gas, "--version"], capture_output=True, text=True).stdout.splitlines()[:1]
    print(f"GNU as: {gas} ({gas_version[0] if gas_version else '?'})")
    print(f"gasket: {gasket}" + ("" if os.access(gasket, os.X_OK) else "  (not found: will be reported as failed)"))
    print(f"runs: {args.runs} timed + 1 warm-up each, alternating; cpus: {os.cpu_count()}")

    print(f"peak RSS floor (this script's own peak, inherited through fork): {rss_floor_mib():.1f} MiB")
    status = 0
    workdir = args.outdir / "out"
    workdir.mkdir(exist_ok=True)
    for src in inputs:
        res, identical = bench_input(src, {"as": gas, "gasket": gasket}, args.runs, workdir)
        report(src, res, identical, "as", "gasket")
        if res["as"].failure:
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
