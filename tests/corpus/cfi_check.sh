#!/usr/bin/env bash
# Compares gasket with GNU as on real compiler output that carries call-frame information.
#
#   tests/corpus/cfi_check.sh [GASKET] [-v]
#
# Every C/C++ file under tests/corpus/src, plus the project's own directives/*.cpp and emit/*.cpp, is compiled
# with gcc/g++ -S at -O0 and -O2 (no -g: .debug_line is not what this checks; unwind tables on, the default),
# assembled by `as --64` and by gasket, and the two objects are compared byte for byte. Prints one line per
# mismatch (with -v, the readelf difference) and a closing count "N identical, N differ, N skipped".
# A file counts as skipped when GNU as itself rejects it or the compiler fails.
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
gasket=${1:-$root/build/gasket}
verbose=0
[ "${2:-}" = "-v" ] && verbose=1
[ "${1:-}" = "-v" ] && { verbose=1; gasket=$root/build/gasket; }
gasket=$(cd "$(dirname "$gasket")" && pwd)/$(basename "$gasket")

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

sources=()
for f in "$here"/src/*.c "$here"/src/*.cpp "$root"/directives/*.cpp "$root"/emit/*.cpp; do
  [ -f "$f" ] && sources+=("$f")
done

same=0 differ=0 skipped=0
for src in "${sources[@]}"; do
  rel=${src#"$root"/}
  for opt in -O0 -O2; do
    base=$tmp/$(echo "$rel" | tr '/.' '__')$opt
    case $src in
      *.c) cc=(gcc -std=gnu11) ;;
      *) cc=(g++ -std=c++20 -I"$root") ;;
    esac
    if ! "${cc[@]}" "$opt" -S -o "$base.s" "$src" 2> "$base.ccerr"; then
      echo "skip $rel $opt: compiler failed"; skipped=$((skipped + 1)); continue
    fi
    if ! as --64 -o "$base.gas.o" "$base.s" 2> "$base.gaserr"; then
      echo "skip $rel $opt: GNU as failed"; skipped=$((skipped + 1)); continue
    fi
    if "$gasket" --64 -o "$base.gasket.o" "$base.s" 2> "$base.gasketerr" && cmp -s "$base.gas.o" "$base.gasket.o"; then
      same=$((same + 1))
      continue
    fi
    differ=$((differ + 1))
    echo "DIFF $rel $opt: $(head -n 3 "$base.gasketerr" | tr '\n' ' ')"
    if [ $verbose = 1 ] && [ -f "$base.gasket.o" ]; then
      diff <(readelf -wf -SsrW "$base.gas.o" 2>&1) <(readelf -wf -SsrW "$base.gasket.o" 2>&1) | head -n 40
    fi
  done
done
echo "$same identical, $differ differ, $skipped skipped"
[ $differ -eq 0 ]
