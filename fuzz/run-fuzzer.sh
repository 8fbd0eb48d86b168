#!/usr/bin/env bash
# Runs one libFuzzer program on a working copy of its checked-in seed corpus.
#   run-fuzzer.sh FUZZER FUZZ_DIR TARGET WORK_DIR SECONDS [--keep] [libFuzzer flags...]
# WORK_DIR/corpus starts as a fresh copy of FUZZ_DIR/corpus/TARGET (with
# --keep: the corpus of earlier runs is kept and the seeds are added to it);
# crash reproducers land in WORK_DIR/artifacts/. The exit status is
# libFuzzer's: non-zero on a crash, timeout, leak, OOM or sanitizer report.
set -euo pipefail
if [ $# -lt 5 ]; then
  sed -n '2,7p' "$0" >&2
  exit 2
fi
fuzzer=$1 fuzz_dir=$2 target=$3 work=$4 seconds=$5
shift 5
keep=0
if [ "${1:-}" = --keep ]; then keep=1; shift; fi

seeds="$fuzz_dir/corpus/$target"
[ -d "$seeds" ] || { echo "run-fuzzer.sh: no seed corpus $seeds" >&2; exit 2; }
[ "$keep" = 1 ] || rm -rf "$work/corpus"
mkdir -p "$work/corpus" "$work/artifacts"
cp -R "$seeds/." "$work/corpus/"

flags=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -print_final_stats=1
       -artifact_prefix="$work/artifacts/")
[ -f "$fuzz_dir/dict/$target.dict" ] && flags+=(-dict="$fuzz_dir/dict/$target.dict")
# The programs' own chatter (clangd-txscope logs malformed input to stderr)
# is dropped; libFuzzer's output and sanitizer reports are kept.
flags+=(-close_fd_mask=2)

# allow_user_poisoning=0: see SanitizerDefaults.cpp (also built into the programs).
export ASAN_OPTIONS="${ASAN_OPTIONS:-allow_user_poisoning=0:detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$(cd "$fuzz_dir/.." && pwd)/tools/sanitizers/lsan.supp}"
# A build with TXSCOPE_SANITIZE links the ASan runtime as a shared library,
# which must be loaded before everything else.
asan_runtime=$(ldd "$fuzzer" | awk '/libclang_rt\.asan/ {print $3}')
if [ -n "$asan_runtime" ]; then export LD_PRELOAD="$asan_runtime"; fi
echo "run-fuzzer.sh: $fuzzer ${flags[*]} $* $work/corpus" >&2
exec "$fuzzer" "${flags[@]}" "$@" "$work/corpus"
