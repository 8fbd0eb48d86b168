#!/usr/bin/env bash
# The plugin loader (lib/txscope.so) loaded by real clang-tidy binaries.
#   loader_test.sh LIB_DIR VERSION OTHER_VERSION SUBTEST
# LIB_DIR holds this build's txscope.so and txscope-VERSION.so; OTHER_VERSION
# is another installed LLVM (the wrong one for this build).
#   right     clang-tidy-VERSION loads the plugin through the loader: findings
#   wrong     clang-tidy-OTHER gets one line naming the version to build, exit 1
#   dispatch  one directory with plugins for both versions: each clang-tidy
#             gets its own; a plugin that does not load is named with the reason
#   host      a program without LLVM is told so and left running; a symlink
#             to the loader finds the plugins beside the real file
set -uo pipefail
lib="$(cd "$1" && pwd -P)" version="$2" other="$3" subtest="$4"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

fail() { echo "FAIL: $*"; exit 1; }
source "$root/tools/tests/asan_host.sh"
# tidy N PLUGIN [ARGS...]: clang-tidy-N with the plugin over billing.cpp;
# stdout in $work/out, stderr in $work/err, exit status in $status.
tidy() {
  local n="$1" plugin="$2"; shift 2
  echo "+ clang-tidy-$n --load=$plugin $*"
  "${host_env[@]}" "/usr/lib/llvm-$n/bin/clang-tidy" --load="$plugin" --checks='-*,txscope-*' "$@" \
    >"$work/out" 2>"$work/err"
  status=$?
}
source_file="$root/test-inputs/cli-project/src/billing.cpp"
flags=(-- -std=c++17 "-I$root/test-inputs/cli-project/include")
finding="billing.cpp:6:3: warning: task started inside transaction 'tx' is detached"
[ -x "/usr/lib/llvm-$other/bin/clang-tidy" ] || fail "clang-tidy-$other is not installed (tools/test.sh installs 14 and 22)"

case "$subtest" in
right)
  tidy "$version" "$lib/txscope.so" "$source_file" "${flags[@]}"
  [ "$status" -eq 0 ] || { cat "$work/err"; fail "exit status $status"; }
  grep -qF "$finding" "$work/out" || { cat "$work/out" "$work/err"; fail "no finding through the loader"; }
  tidy "$version" "$lib/txscope.so" --list-checks
  grep -q "txscope-task-outlives-transaction" "$work/out" || fail "check not listed"
  ;;
wrong)
  # This build's plugin alone (a build for several versions has more).
  mkdir "$work/lib"
  cp "$lib/txscope.so" "$lib/txscope-$version.so" "$work/lib/"
  lib="$work/lib"
  expected="txscope: this clang-tidy is LLVM $other; build the plugin for it with \`cmake -DTXSCOPE_LLVM_VERSION=$other\` (built here: $version)"
  for args in "--list-checks" "$source_file ${flags[*]}"; do
    # shellcheck disable=SC2086
    tidy "$other" "$lib/txscope.so" $args
    [ "$status" -eq 1 ] || { cat "$work/out" "$work/err"; fail "exit status $status, expected 1"; }
    [ "$(cat "$work/err")" = "$expected" ] || { cat "$work/err"; fail "expected exactly: $expected"; }
    grep -q "txscope-" "$work/out" && fail "the check is listed by the wrong clang-tidy"
  done
  ;;
dispatch)
  mkdir "$work/lib"
  cp "$lib/txscope.so" "$lib/txscope-$version.so" "$work/lib/"
  # Stand-in for the other version's plugin (building the engine twice
  # costs minutes): it announces itself when loaded.
  printf '#include <unistd.h>\n__attribute__((constructor)) static void hi() { write(2, "plugin %s loaded\\n", %d); }\n' \
    "$other" $((15 + ${#other})) >"$work/fake.cpp"
  g++ -shared -fPIC -o "$work/lib/txscope-$other.so" "$work/fake.cpp" || fail "cannot build the stand-in plugin"
  tidy "$other" "$work/lib/txscope.so" --list-checks
  grep -qx "plugin $other loaded" "$work/err" || { cat "$work/err"; fail "clang-tidy-$other did not get txscope-$other.so"; }
  tidy "$version" "$work/lib/txscope.so" --list-checks
  grep -q "txscope-task-outlives-transaction" "$work/out" || { cat "$work/err"; fail "clang-tidy-$version did not get txscope-$version.so"; }
  grep -q "loaded" "$work/err" && fail "clang-tidy-$version loaded the other plugin too"
  # A plugin for the right version that cannot load: named, with the reason.
  printf 'void txscope_missing_symbol();\n__attribute__((constructor)) static void hi() { txscope_missing_symbol(); }\n' >"$work/bad.cpp"
  g++ -shared -fPIC -o "$work/lib/txscope-$other.so" "$work/bad.cpp" || fail "cannot build the broken plugin"
  tidy "$other" "$work/lib/txscope.so" --list-checks
  [ "$status" -eq 1 ] || fail "exit status $status for a plugin that cannot load"
  grep -q "^txscope: cannot load $work/lib/txscope-$other.so into this LLVM $other clang-tidy: .*undefined symbol: _Z22txscope_missing_symbolv" "$work/err" ||
    { cat "$work/err"; fail "no reason for a plugin that cannot load"; }
  ;;
host)
  # Not a clang-tidy: a line on stderr, and the program carries on.
  "${host_env[@]}" python3 -c 'import ctypes, sys; ctypes.CDLL(sys.argv[1]); print("still running")' "$lib/txscope.so" \
    >"$work/out" 2>"$work/err" || { cat "$work/err"; fail "python3 died loading the loader"; }
  grep -qx "still running" "$work/out" || fail "the host did not carry on"
  built="$(cd "$lib" && ls txscope-*.so | sed 's/txscope-\(.*\)\.so/\1/' | sort -n | paste -sd, - | sed 's/,/, /g')"
  grep -qF "txscope: cannot tell the LLVM version of this program; load $lib/txscope-N.so for clang-tidy-N directly (built here: $built)" "$work/err" ||
    { cat "$work/err"; fail "no message in a program without LLVM"; }
  # Through a symlink elsewhere: the plugins beside the real file are found.
  ln -s "$lib/txscope.so" "$work/txscope.so"
  tidy "$version" "$work/txscope.so" "$source_file" "${flags[@]}"
  grep -qF "$finding" "$work/out" || { cat "$work/out" "$work/err"; fail "no finding through a symlink to the loader"; }
  ;;
*)
  fail "unknown subtest $subtest"
  ;;
esac
echo "PASS: $subtest"
