#!/usr/bin/env bash
# Regenerate the expected outputs of the golden corpus from GNU as 2.40.
#
#   tests/golden/regen.sh [CASE...]      (CASE = name without .s; default: all)
#
# For every case X.s (X.gas.s files are twins, not cases):
#   - the input handed to GNU as is X.gas.s when it exists (the hand-lowered
#     twin of a case using gasket-only directives), else X.s;
#   - extra options come from X.opts (one line, shared with gasket);
#     X.gasket-opts is gasket-only and ignored here;
#   - err_*  : gas must fail and write no object; its stderr goes to X.err;
#   - warn_* : gas must succeed with a non-empty stderr; writes X.o and X.err;
#   - others : gas must succeed silently; writes X.o.
# gas is run from this directory with the relative name X.s, exactly as
# run.py runs gasket, because gas quotes that name in its messages.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
export LC_ALL=C

AS=${AS:-as}
if ! "$AS" --version 2>/dev/null | head -n1 | grep -q ' 2\.40$'; then
    echo "regen.sh: need GNU as 2.40, got: $("$AS" --version 2>/dev/null | head -n1)" >&2
    exit 2
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if [ $# -gt 0 ]; then
    cases=("$@")
else
    cases=()
    for s in *.s; do
        case $s in *.gas.s) continue ;; esac
        cases+=("${s%.s}")
    done
fi

fail=0
for c in "${cases[@]}"; do
    c=${c%.s}
    if [ ! -f "$c.s" ]; then
        echo "regen.sh: no such case: $c" >&2; fail=1; continue
    fi
    input=$c.s
    if [ -f "$c.gas.s" ]; then
        case $c in err_*|warn_*)
            echo "regen.sh: $c: err_/warn_ cases cannot have a twin (messages name the file)" >&2
            fail=1; continue ;;
        esac
        # gas quotes the input name in messages only, and twins are never
        # err/warn cases, so the twin's own name is harmless here.
        input=$c.gas.s
    fi
    opts=()
    if [ -f "$c.opts" ]; then
        # @GOLDEN_DIR@ stands for this directory (see run.py).
        read -r -a opts < <(sed "s|@GOLDEN_DIR@|$here|g" "$c.opts") || true
    fi
    out=$tmp/$c.o
    rm -f "$out"
    set +e
    "$AS" --64 "${opts[@]}" -o "$out" "$input" 2> "$tmp/$c.stderr"
    rc=$?
    set -e
    case $c in
    err_*)
        if [ $rc -eq 0 ]; then
            echo "regen.sh: $c: gas succeeded, but err_ cases must fail" >&2; fail=1; continue
        fi
        if [ -e "$out" ]; then
            echo "regen.sh: $c: gas failed but left an object behind" >&2; fail=1; continue
        fi
        cp "$tmp/$c.stderr" "$c.err"
        rm -f "$c.o"
        ;;
    warn_*)
        if [ $rc -ne 0 ] || [ ! -s "$tmp/$c.stderr" ]; then
            echo "regen.sh: $c: warn_ cases must succeed with warnings (rc=$rc)" >&2
            cat "$tmp/$c.stderr" >&2; fail=1; continue
        fi
        cp "$out" "$c.o"
        cp "$tmp/$c.stderr" "$c.err"
        ;;
    *)
        if [ $rc -ne 0 ] || [ -s "$tmp/$c.stderr" ]; then
            echo "regen.sh: $c: plain cases must assemble silently (rc=$rc)" >&2
            cat "$tmp/$c.stderr" >&2; fail=1; continue
        fi
        cp "$out" "$c.o"
        rm -f "$c.err"
        ;;
    esac
done

# Drop expected files whose case is gone (only on a full regeneration).
if [ $# -eq 0 ]; then
    for f in *.o *.err; do
        [ -e "$f" ] || continue
        [ -f "${f%.*}.s" ] || { echo "regen.sh: removing stale $f"; rm -f "$f"; }
    done
fi

echo "regen.sh: ${#cases[@]} cases processed"
exit $fail
