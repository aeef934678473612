"""Inputs of bench/bench.py: generated once, cached in the output directory.

(a) heavy-g.s: bench/heavy.cpp at `g++ -std=c++17 -O2 -g -S`;  (b) heavy.s: the same without -g;
(c) self/*.s: every C++ source of gasket itself (the emit, directives, frontend and tools source
    lists of the meson.build files, and frontend/main.cpp) at `g++ -std=c++20 -O2 -g -S` with the
    include directories and defines meson gives them;
(d) scale-NM.s: N MiB of generated gcc-like assembly (bench/asmgen.py, fixed seed).

Every output has a .stamp next to it holding a hash of what it was made from (sources, flags,
g++ version, generator); a missing or stale stamp regenerates it.
"""

from __future__ import annotations

import hashlib
import os
import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEAVY_CPP = ROOT / "bench" / "heavy.cpp"
ASMGEN = ROOT / "bench" / "asmgen.py"
RSSWRAP_C = ROOT / "bench" / "rsswrap.c"
HEAVY_FLAGS = ["-std=c++17", "-O2"]
# What meson's compile commands for gasket's sources carry besides warnings and the build dir's
# private include dirs (gasket generates no headers, so -I ROOT is all the includes it needs).
SELF_FLAGS = ["-std=c++20", "-O2", "-g", "-D_FILE_OFFSET_BITS=64", "-I."]
# meson.build files whose files(...) lists make up gasket and gasket-tables (not the tests).
SELF_MESON = ["emit/meson.build", "emit/x86/meson.build", "emit/elf/meson.build",
              "directives/meson.build", "frontend/meson.build", "tools/meson.build"]
SCALE_SEED = 1


@dataclass
class Input:
    """One benchmark input: a single .s file, or a group assembled as one aggregate."""
    key: str  # a, b, c, d, or x for --input files
    label: str
    files: list[Path]

    def size_bytes(self) -> int:
        return sum(p.stat().st_size for p in self.files)


@dataclass
class Job:
    """A command producing out; out's stamp gets key when the command succeeds."""
    argv: list[str]
    out: Path
    key: str
    cwd: Path = ROOT


def fail(msg: str) -> None:
    sys.exit(f"bench: {msg}")


def digest(*parts: bytes | str) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode() if isinstance(part, str) else part)
        h.update(b"\0")
    return h.hexdigest()


def stamp_of(out: Path) -> Path:
    return out.with_suffix(".stamp")


def is_current(out: Path, key: str) -> bool:
    stamp = stamp_of(out)
    return out.exists() and stamp.exists() and stamp.read_text().strip() == key


def run_jobs(jobs: list[Job], limit: int) -> None:
    """Run jobs, at most limit at a time; exit on the first failure; stamp each success."""
    pending = list(jobs)
    running: list[tuple[subprocess.Popen[bytes], Job]] = []
    while pending or running:
        while pending and len(running) < limit:
            job = pending.pop(0)
            print(f"generating {job.out.relative_to(ROOT) if job.out.is_relative_to(ROOT) else job.out}: "
                  f"{shlex.join(job.argv[1:])}", flush=True)
            running.append((subprocess.Popen(job.argv, cwd=job.cwd), job))
        pid, wstatus = os.wait()
        for i, (proc, job) in enumerate(running):
            if proc.pid == pid:
                proc.returncode = os.waitstatus_to_exitcode(wstatus)
                running.pop(i)
                if proc.returncode != 0:
                    fail(f"generating {job.out} failed (exit status {proc.returncode})")
                stamp_of(job.out).write_text(job.key + "\n")
                break


def find_gxx() -> tuple[str, str]:
    gxx = shutil.which("g++")
    if not gxx:
        fail("g++ not found (apt-get install g++ libboost-dev libfmt-dev)")
    version = subprocess.run([gxx, "--version"], capture_output=True, text=True, check=True).stdout
    return gxx, version


def heavy_jobs(outdir: Path, heavy_n: int, with_g: bool, gxx: str, version: str) -> tuple[Path, list[Job]]:
    """(a) with_g, (b) without: heavy.cpp compiled to assembly."""
    out = outdir / ("heavy-g.s" if with_g else "heavy.s")
    flags = HEAVY_FLAGS + (["-g"] if with_g else []) + [f"-DHEAVY_N={heavy_n}"]
    key = digest(HEAVY_CPP.read_bytes(), " ".join(flags), version)
    if is_current(out, key):
        return out, []
    return out, [Job([gxx, *flags, "-S", "-o", str(out), str(HEAVY_CPP)], out, key)]


def self_sources() -> list[Path]:
    """gasket's and gasket-tables' C++ sources, relative to ROOT, from the meson.build lists."""
    seen: dict[Path, None] = {Path("frontend/main.cpp"): None}
    for meson in SELF_MESON:
        text = (ROOT / meson).read_text()
        subdir = Path(meson).parent
        for args in re.findall(r"files\(([^)]*)\)", text):
            for name in re.findall(r"'([^']+\.cpp)'", args):
                path = Path(os.path.normpath(subdir / name))
                seen.setdefault(path, None)
    missing = [str(p) for p in seen if not (ROOT / p).is_file()]
    if missing:
        fail(f"sources named in meson.build not found: {', '.join(missing)}")
    return list(seen)


def pkg_cflags() -> list[str]:
    """fmt's compile flags from pkg-config (Boost is header-only under /usr/include)."""
    if not shutil.which("pkg-config"):
        return []
    res = subprocess.run(["pkg-config", "--cflags", "fmt"], capture_output=True, text=True)
    return shlex.split(res.stdout) if res.returncode == 0 else []


def project_deps(depfile: Path) -> list[Path] | None:
    """The files inside ROOT that a -MD depfile lists (None if it is missing)."""
    if not depfile.exists():
        return None
    words = depfile.read_text().replace("\\\n", " ").split()
    deps = []
    for word in words:
        if word.endswith(":"):
            continue
        path = (ROOT / word).resolve()
        if path.is_relative_to(ROOT):
            deps.append(path)
    return deps


def self_key(src: Path, depfile: Path, flags: list[str], version: str) -> str:
    """Hash of the flags, g++'s version and every project file the last compile read (the
    source itself when there was none): a changed header or source regenerates."""
    deps = project_deps(depfile)
    files = sorted(set(deps or []) | {ROOT / src})
    parts: list[bytes | str] = [" ".join(flags), version]
    for f in files:
        parts += [str(f.relative_to(ROOT)), f.read_bytes() if f.exists() else b"(missing)"]
    return digest(*parts)


def self_jobs(outdir: Path, gxx: str, version: str) -> tuple[list[Path], list[Job]]:
    """(c): each gasket source to outdir/self/DIR_NAME.s."""
    selfdir = outdir / "self"
    selfdir.mkdir(parents=True, exist_ok=True)
    flags = SELF_FLAGS + pkg_cflags()
    outs, jobs = [], []
    for src in self_sources():
        out = selfdir / (str(src.with_suffix(".s")).replace("/", "_"))
        depfile = out.with_suffix(".d")
        outs.append(out)
        key = self_key(src, depfile, flags, version)
        if is_current(out, key):
            continue
        # The key is computed again after the compile, from the fresh depfile: see finish_self.
        argv = [gxx, *flags, "-S", "-MD", "-MF", str(depfile), "-o", str(out), str(src)]
        jobs.append(Job(argv, out, key))
    return outs, jobs


def finish_self(jobs: list[Job], flags_version: tuple[list[str], str]) -> None:
    """Restamp the (c) outputs with the key of the headers the compile actually read."""
    flags, version = flags_version
    for job in jobs:
        src = Path(job.argv[-1])
        stamp_of(job.out).write_text(self_key(src, job.out.with_suffix(".d"), flags, version) + "\n")


def scale_jobs(outdir: Path, sizes: list[float]) -> tuple[list[Path], list[Job]]:
    """(d): asmgen output of each size, generated in a child so this process stays small
    (its peak RSS is inherited by every assembler it starts)."""
    outs, jobs = [], []
    for mb in sizes:
        out = outdir / f"scale-{mb:g}M.s"
        outs.append(out)
        key = digest(ASMGEN.read_bytes(), f"{mb:g}", str(SCALE_SEED))
        if not is_current(out, key):
            argv = [sys.executable, str(ASMGEN), "--mb", f"{mb:g}", "--seed", str(SCALE_SEED), "-o", str(out)]
            jobs.append(Job(argv, out, key))
    return outs, jobs


def check_clean_with_gas(paths: list[Path], gas: str, workdir: Path) -> None:
    """GNU as must take each generated file without an error or a warning."""
    for path in paths:
        res = subprocess.run([gas, "--64", "-o", str(workdir / "check.o"), str(path)],
                             capture_output=True, text=True)
        if res.returncode != 0 or res.stderr.strip():
            stamp_of(path).unlink(missing_ok=True)
            head = "\n".join(res.stderr.splitlines()[:5])
            fail(f"GNU as does not take {path} cleanly (exit status {res.returncode}):\n{head}")
    (workdir / "check.o").unlink(missing_ok=True)


def prepare(only: set[str], outdir: Path, heavy_n: int, sizes: list[float], gas: str) -> list[Input]:
    """Generate (or reuse) the selected inputs, two compiles at a time; return them in order."""
    jobs: list[Job] = []
    inputs: list[Input] = []
    gxx, version = find_gxx() if only & {"a", "b", "c"} else ("", "")
    for key, with_g in (("a", True), ("b", False)):
        if key in only:
            out, js = heavy_jobs(outdir, heavy_n, with_g, gxx, version)
            jobs += js
            inputs.append(Input(key, out.name, [out]))
    self_built: list[Job] = []
    if "c" in only:
        outs, self_built = self_jobs(outdir, gxx, version)
        jobs += self_built
        inputs.append(Input("c", "gasket sources -O2 -g", outs))
    scale_built: list[Job] = []
    if "d" in only:
        outs, scale_built = scale_jobs(outdir, sizes)
        jobs += scale_built
        inputs += [Input("d", out.name, [out]) for out in outs]
    run_jobs(jobs, max(1, min(2, os.cpu_count() or 1)))
    finish_self(self_built, (SELF_FLAGS + pkg_cflags(), version))
    check_clean_with_gas([j.out for j in scale_built], gas, outdir)
    return inputs


def build_rsswrap(outdir: Path) -> Path | None:
    """Compile bench/rsswrap.c into outdir (cached); None when there is no gcc or it fails."""
    gcc = shutil.which("gcc")
    if not gcc:
        return None
    out = outdir / "rsswrap"
    version = subprocess.run([gcc, "--version"], capture_output=True, text=True).stdout
    key = digest(RSSWRAP_C.read_bytes(), version)
    if is_current(out, key):
        return out
    if subprocess.run([gcc, "-O2", "-o", str(out), str(RSSWRAP_C)]).returncode != 0:
        return None
    stamp_of(out).write_text(key + "\n")
    return out
