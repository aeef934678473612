#!/usr/bin/env bash
# Regenerate the expected objects of the ELF writer unit tests (tests/unit/test_elf_writer.cpp) with GNU as 2.40.
#
#   tests/unit/data/regen.sh [CASE...]      (CASE = name without .s; default: every *.s here)
#
# Each X.s is assembled from this directory as `as --64 X.s -o X.o`; gas must succeed without messages.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
export LC_ALL=C

AS=${AS:-as}
if ! "$AS" --version 2>/dev/null | head -n1 | grep -q ' 2\.40$'; then
    echo "regen.sh: need GNU as 2.40, got: $("$AS" --version 2>/dev/null | head -n1)" >&2
    exit 2
fi

if [ $# -gt 0 ]; then cases=("$@"); else cases=(); for s in *.s; do cases+=("${s%.s}"); done; fi

fail=0
for c in "${cases[@]}"; do
    c=${c%.s}
    if ! err=$("$AS" --64 "$c.s" -o "$c.o" 2>&1) || [ -n "$err" ]; then
        echo "regen.sh: $c: gas failed or printed messages:" >&2
        echo "$err" >&2
        rm -f "$c.o"
        fail=1
    fi
done
exit $fail
