#!/usr/bin/env bash
# Compares gasket with GNU as on compiler output that carries DWARF line tables (`.file N`, `.loc ... view`).
#
#   tests/corpus/line_check.sh [GASKET] [-v]
#
# Every C file under tests/corpus/src/dwarf and tests/corpus/src, plus the project's own emit/*.cpp, is
# compiled with `gcc/g++ -g -S -O0|-O2 -fno-asynchronous-unwind-tables -fno-dwarf2-cfi-asm` (the compiler then
# writes .debug_frame itself, so no `.cfi_*` directive is involved), and assembled by `as --64 --gdwarf-5`
# (what gcc 12 passes with -g) and by gasket with the same options. The objects must be byte-identical and
# gasket must print what as prints. With CFI=1 in the environment the files are also compiled with plain -g
# (`.cfi_*` directives, .eh_frame). Prints one line per mismatch (with -v, the readelf difference) and a
# closing count "N identical, N differ, N skipped"; a file is skipped when the compiler or GNU as fails.
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
cd "$tmp" || exit 2

sources=()
for f in "$here"/src/dwarf/*.c "$here"/src/*.c "$root"/emit/*.cpp; do
  [ -f "$f" ] && sources+=("$f")
done
modes=("-O0 -fno-asynchronous-unwind-tables -fno-dwarf2-cfi-asm" "-O2 -fno-asynchronous-unwind-tables -fno-dwarf2-cfi-asm")
[ "${CFI:-0}" = 1 ] && modes+=("-O0" "-O2")

same=0 differ=0 skipped=0
for src in "${sources[@]}"; do
  rel=${src#"$root"/}
  for mode in "${modes[@]}"; do
    read -r -a flags <<< "$mode"
    base=$tmp/$(echo "$rel$mode" | tr '/. =' '____')
    case $src in
      *.c) cc=(gcc -std=gnu11) ;;
      *) cc=(g++ -std=c++20 -I"$root") ;;
    esac
    if ! "${cc[@]}" -g "${flags[@]}" -S -o "$base.s" "$src" 2> "$base.ccerr"; then
      echo "skip $rel $mode: compiler failed"; skipped=$((skipped + 1)); continue
    fi
    if ! as --64 --gdwarf-5 -o "$base.gas.o" "$base.s" 2> "$base.gaserr"; then
      echo "skip $rel $mode: GNU as failed"; skipped=$((skipped + 1)); continue
    fi
    "$gasket" --64 --gdwarf-5 -o "$base.gasket.o" "$base.s" 2> "$base.gasketerr"
    if cmp -s "$base.gas.o" "$base.gasket.o" && cmp -s "$base.gaserr" "$base.gasketerr"; then
      same=$((same + 1))
      continue
    fi
    differ=$((differ + 1))
    echo "DIFF $rel $mode: $(head -n 3 "$base.gasketerr" | tr '\n' ' ')"
    if [ $verbose = 1 ] && [ -f "$base.gasket.o" ]; then
      diff <(readelf -wlL -SsrW "$base.gas.o" 2>&1) <(readelf -wlL -SsrW "$base.gasket.o" 2>&1) | head -n 40
    fi
  done
done
echo "$same identical, $differ differ, $skipped skipped"
[ $differ -eq 0 ]
