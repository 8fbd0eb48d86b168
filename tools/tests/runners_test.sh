#!/usr/bin/env bash
# The plugin through the two ways most projects already run clang-tidy, over
# test-inputs/cli-project (docs/ci.md, "clang-tidy's own runners").
#   runners_test.sh LOADER VERSION SUBTEST
# LOADER is lib/txscope.so of a build for LLVM VERSION.
#   run-clang-tidy    run-clang-tidy-VERSION over the compilation database
#                     (-load=LOADER; before LLVM 15 it has no -load, and
#                     -clang-tidy-binary names a two-line wrapper instead)
#   cmake-clang-tidy  CMAKE_CXX_CLANG_TIDY: the plugin on every compile, its
#                     findings as errors failing the build
set -uo pipefail
loader="$1" version="$2" subtest="$3"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

proj="$work/project"
cp -r "$root/test-inputs/cli-project" "$proj"
tidy="/usr/lib/llvm-$version/bin/clang-tidy"
# An instrumented build's plugin needs the ASan runtime preloaded into
# clang-tidy (and only there): a clang-tidy that does so.
source "$root/tools/tests/asan_host.sh"
if [ ${#host_env[@]} -gt 0 ]; then
  printf '#!/bin/sh\nexec %s %s "$@"\n' "${host_env[*]}" "$tidy" >"$work/tidy"
  chmod +x "$work/tidy"
  tidy="$work/tidy"
fi
expect() { grep -qF -- "$2" "$1" || { cat "$1"; fail "missing: $2"; }; }
billing="src/billing.cpp:6:3: "
inventory="src/inventory.cpp:6:12: "
message="task started inside transaction 'tx'"

case "$subtest" in
run-clang-tidy)
  runner="/usr/bin/run-clang-tidy-$version"
  [ -x "$runner" ] || fail "no $runner (package clang-tidy-$version)"
  cmake -S "$proj" -B "$proj/build" -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null || fail "cmake failed"
  if "$runner" -h 2>&1 | grep -q -- "-load"; then
    args=(-clang-tidy-binary "$tidy" "-load=$loader")
  else
    printf '#!/bin/sh\nexec %s --load=%s "$@"\n' "$tidy" "$loader" >"$work/clang-tidy-txscope"
    chmod +x "$work/clang-tidy-txscope"
    args=(-clang-tidy-binary "$work/clang-tidy-txscope")
  fi
  echo "+ run-clang-tidy-$version ${args[*]} -checks=-*,txscope-* -p build"
  # (Some versions colour the output whatever the terminal: uncoloured here.)
  (cd "$proj" && "$runner" "${args[@]}" -checks='-*,txscope-*' -p build -quiet) 2>&1 |
    sed 's/\x1b\[[0-9;]*m//g' >"$work/out"
  status=${PIPESTATUS[0]}
  [ "$status" -eq 0 ] || { cat "$work/out"; fail "exit status $status"; }
  expect "$work/out" "${billing}warning: $message"
  expect "$work/out" "${inventory}warning: $message"
  grep -q "reports.cpp:.*warning" "$work/out" && fail "reports.cpp should be quiet"
  [ "$(grep -c "warning: .*\[txscope-task-outlives-transaction\]" "$work/out")" -ge 2 ] || fail "expected the findings"
  ;;
cmake-clang-tidy)
  echo "+ cmake -DCMAKE_CXX_CLANG_TIDY=\"$tidy;--load=$loader;--checks=-*,txscope-*;--warnings-as-errors=txscope-*\""
  cmake -S "$proj" -B "$proj/build" -G Ninja \
    "-DCMAKE_CXX_CLANG_TIDY=$tidy;--load=$loader;--checks=-*,txscope-*;--warnings-as-errors=txscope-*" \
    >/dev/null || fail "cmake failed"
  cmake --build "$proj/build" -- -k 0 >"$work/out" 2>&1
  status=$?
  [ "$status" -ne 0 ] || { cat "$work/out"; fail "the build passed though the plugin found tasks outliving transactions"; }
  expect "$work/out" "billing.cpp:6:3: error: $message"
  expect "$work/out" "inventory.cpp:6:12: error: $message"
  # The quiet files compiled: the plugin ran on them and found nothing.
  for quiet in clean reports; do
    [ -f "$proj/build/CMakeFiles/shop.dir/src/$quiet.cpp.o" ] || { cat "$work/out"; fail "$quiet.cpp did not compile"; }
  done
  grep -q "Error opening\|symbol lookup" "$work/out" && fail "the plugin did not load"
  ;;
*)
  fail "unknown subtest $subtest"
  ;;
esac
echo "PASS: $subtest"
