#!/usr/bin/env bash
# -DTXSCOPE_LLVM_VERSIONS at configure time (building a second engine is
# left to a real multi-version build: it would double the suite's time).
#   versions_test.sh VERSION OTHER_VERSION   (two installed LLVMs)
#   - "VERSION;OTHER_VERSION": the tools for the newer, a nested plugin
#     build for the older
#   - a version that is no number, or not installed: a configure error
#     naming it
set -uo pipefail
version="$1" other="$2"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
configure() { # configure NAME VERSIONS: cmake into $work/NAME, log in $work/NAME.log
  echo "+ cmake -DTXSCOPE_LLVM_VERSIONS=\"$2\""
  cmake -S "$root" -B "$work/$1" -G Ninja "-DTXSCOPE_LLVM_VERSIONS=$2" >"$work/$1.log" 2>&1
  status=$?
}

both="$(printf '%s\n' "$version" "$other" | sort -n | tr '\n' ';' | sed 's/;$//')"
newest="${both##*;}"
configure both "$both"
[ "$status" -eq 0 ] || { cat "$work/both.log"; fail "configure failed"; }
grep -q "^TXSCOPE_LLVM_VERSION:STRING=$newest$" "$work/both/CMakeCache.txt" || fail "the tools are not built for LLVM $newest"
for v in ${both//;/ }; do
  [ "$v" = "$newest" ] && continue
  grep -q "plugin-llvm-$v" "$work/both/build.ninja" || fail "no nested build of the LLVM $v plugin"
  grep -q "txscope-$v.so" "$work/both/cmake_install.cmake" || fail "the LLVM $v plugin is not installed"
done
grep -q "txscope-$newest.so" "$work/both/cmake_install.cmake" || fail "the LLVM $newest plugin is not installed"

configure word "14;fourteen"
[ "$status" -ne 0 ] || fail "\"14;fourteen\" configured"
grep -q "'fourteen' is not an LLVM major version" "$work/word.log" || { cat "$work/word.log"; fail "no message for 'fourteen'"; }
configure missing "9;22"
[ "$status" -ne 0 ] || fail "\"9;22\" configured"
grep -q "LLVM 9 is not installed" "$work/missing.log" || { cat "$work/missing.log"; fail "no message for LLVM 9"; }
echo "PASS"
