#!/usr/bin/env bash
# A real editor: headless Neovim uses clangd-txscope as its clangd on the
# demo project's src/reprice.cpp and must list txscope's diagnostic.
#   nvim_test.sh WRAPPER
set -uo pipefail
wrapper="$1"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cmake -S "$root/test-inputs/demo" -B "$work/build" -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null || exit 1
TXSCOPE_WRAPPER="$wrapper" TXSCOPE_DB_DIR="$work/build" \
  timeout 300 nvim --headless -u NONE -i NONE -n \
  -c "luafile $root/tools/tests/nvim_diagnostics.lua" "$root/test-inputs/demo/src/reprice.cpp" >"$work/out" 2>&1
status=$?
cat "$work/out"
[ "$status" -eq 0 ] || { echo "FAIL: nvim exited with $status"; exit 1; }
grep -q "reprice.cpp:12:23: \[txscope\] task started inside transaction 'tx' may still be running when 'tx' commits" "$work/out" ||
  { echo "FAIL: txscope's diagnostic not listed"; exit 1; }
echo "PASS: neovim"
