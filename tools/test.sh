#!/usr/bin/env bash
# The whole test suite: for each LLVM version (default "14 22", override with
# TXSCOPE_LLVM_VERSIONS), install what is missing, build in Release into
# build/llvm-N and run every CTest test (unit tests, every annotated input
# in-process and through the real clang-tidy-N with the plugin loaded). Then
# once more, for LLVM TXSCOPE_SANITIZER_LLVM (default 14; "none" skips it),
# everything built with ASan + UBSan into build/sanitize-N, with the fuzzers
# (fuzz.* tests: each fuzzes for a bounded time from its checked-in seeds).
#   tools/test.sh               the whole suite
#   tools/test.sh -h | --help   this help
# Prints each stage's passed/failed/skipped counts; exits 0 when all passed.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
handle_help "$0" "$@"
if [ $# -gt 0 ]; then echo "txscope: tools/test.sh takes no arguments, not $* (tools/test.sh --help)" >&2; exit 2; fi

versions="${TXSCOPE_LLVM_VERSIONS:-14 22}"
packages="$(test_packages)"
sanitizer="${TXSCOPE_SANITIZER_LLVM:-14}"
for v in $versions; do packages="$packages $(llvm_packages "$v")"; done
# The plugin loader's wrong-version tests load each build into the other of
# these (tools/tests/CMakeLists.txt).
packages="$packages $(llvm_packages 14) $(llvm_packages 22)"
if [ "$sanitizer" != none ]; then
  packages="$packages $(llvm_packages "$sanitizer") $(sanitizer_packages "$sanitizer")"
fi
# shellcheck disable=SC2086
ensure_packages $packages
# The SARIF test installs Microsoft's validator from the npm registry.
command -v npm >/dev/null || ensure_packages npm

passed=0 failed=0 skipped=0 summary=""
stages="$versions"
[ "$sanitizer" != none ] && stages="$stages sanitize-$sanitizer"
for v in $stages; do
  if [[ "$v" == sanitize-* ]]; then
    label="LLVM ${v#sanitize-} with ASan + UBSan and the fuzzers"
    build="$(build_sanitized "${v#sanitize-}")"
    # allow_user_poisoning=0: LLVM's BumpPtrAllocator poisons its slabs only
    # in code built with ASan, so reading AST nodes the uninstrumented
    # libclang-cpp allocated would be reported as use-after-poison.
    export ASAN_OPTIONS="allow_user_poisoning=0:detect_leaks=1"
    export UBSAN_OPTIONS="print_stacktrace=1"
    export LSAN_OPTIONS="suppressions=$TXSCOPE_ROOT/tools/sanitizers/lsan.supp"
  else
    label="LLVM $v"
    build="$(build_for_llvm "$v")"
  fi
  echo "=== $label ==="
  log="$build/ctest.log"
  if ctest --test-dir "$build" -j "${TXSCOPE_JOBS:-$(nproc)}" --output-on-failure 2>&1 | tee "$log"; then :; fi
  line=$(grep -E "tests passed, [0-9]+ tests failed out of [0-9]+" "$log" | tail -1 || true)
  if [ -z "$line" ]; then
    p=0 f=1 k=0 # ctest did not run
  else
    f=$(sed -E 's/.*, ([0-9]+) tests failed out of.*/\1/' <<<"$line")
    k=$(grep -c "(Skipped)$" "$log" || true)
    p=$(( $(sed -E 's/.* out of ([0-9]+).*/\1/' <<<"$line") - f - k ))
  fi
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + k))
  summary="$summary\n$label: $p passed, $f failed, $k skipped"
done
echo -e "$summary"
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
