#!/bin/sh
# Assembles each line of the input (file or stdin) separately with GNU as and prints `line<TAB>hex` or
# `line<TAB>ERR: message`, to paste expected rows into tests/unit/test_x86_*.cpp.
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
while IFS= read -r line; do
  [ -z "$line" ] && continue
  printf '%s\n' "$line" > "$tmp/x.s"
  if as --64 "$tmp/x.s" -o "$tmp/x.o" 2> "$tmp/err"; then
    hex=$(objcopy -O binary -j .text "$tmp/x.o" "$tmp/x.bin" && od -An -tx1 -v "$tmp/x.bin" | tr -d ' \n')
    rel=$(readelf -rW "$tmp/x.o" | awk '/R_X86_64/ {o = $1; sub(/^0+/, "", o); printf " %s@0x%s%s%s", $3, (o == "" ? "0" : o), $6, $7}')
    warn=$(sed -n 's/.*Warning: //p' "$tmp/err" | head -1)
    printf '%s\t%s%s%s\n' "$line" "$hex" "${rel:+ |$rel}" "${warn:+ WARN: $warn}"
  else
    printf '%s\tERR: %s\n' "$line" "$(sed -n 's/.*Error: //p' "$tmp/err" | head -1)"
  fi
done < "${1:-/dev/stdin}"
