#!/usr/bin/env bash
# The clang-tidy plugin across translation units (SPEC §2 *Across
# functions*, §6) on test-inputs/xtu-project: the txscope command writes the
# summaries of every unit, and the real clang-tidy reads them through the
# check option Summaries (relative to the .clang-tidy that sets it).
#   xtu_tidy_test.sh TXSCOPE CLANG_TIDY PLUGIN
# Checks that
#   - with the option, the five bugs of src/orders.cpp are reported, the
#     helper's with notes into src/db_utils.cpp, and src/orders_fixed.cpp is quiet;
#   - without it, the bugs seen only through another unit are not reported;
#   - a corrupt summary file (truncated JSON, an invalid entry) is a
#     configuration error naming the file and line: non-zero exit, no crash.
# Prints what it ran; exits non-zero with a message on the first failure.
set -uo pipefail
txscope="$1" clang_tidy="$2" plugin="$3"
source "$(dirname "${BASH_SOURCE[0]}")/project_test_lib.sh" xtu-project
source "$root/tools/tests/asan_host.sh"

summaries="$proj/build/summaries.json"
run summaries -p build --no-cache --write-summaries build/summaries.json
expect_status 1 summaries
[ -s "$summaries" ] ||
  fail "txscope wrote no $summaries; summary files in the project: $(find "$proj" -name summaries.json | tr '\n' ' ')"

# configure SUMMARY_FILE: the project's .clang-tidy, with Summaries for both
# checks when SUMMARY_FILE is not empty.
configure() {
  printf "Checks: '-*,txscope-*'\n" >"$proj/.clang-tidy"
  # (The list form: clang-tidy 14 reads no other.)
  [ -n "$1" ] && printf "CheckOptions:\n  - key: txscope-task-outlives-transaction.Summaries\n    value: %s\n  - key: txscope-concurrent-transaction-use.Summaries\n    value: %s\n" \
    "$1" "$1" >>"$proj/.clang-tidy"
  return 0
}
# tidy NAME FILE...: clang-tidy from src/ (so that the option's path resolves
# against the .clang-tidy, not the working directory); output in $work/NAME,
# exit status in $status.
tidy() {
  local name="$1"; shift
  echo "+ (cd $proj/src && clang-tidy --load=$plugin -p ../build $*)   # .clang-tidy: $(tr '\n' ' ' <"$proj/.clang-tidy")"
  (cd "$proj/src" && "${host_env[@]}" "$clang_tidy" --load="$plugin" -p ../build "$@") >"$work/$name" 2>&1
  status=$?
}
show() { cat "$work/$1"; echo "--- summary file $summaries:"; cat "$summaries"; }
expect() { grep -qF -- "$2" "$work/$1" || { show "$1"; fail "$1: missing: $2"; }; }
count() { grep -c -- "$2" "$work/$1"; }
no_crash() {
  [ "$status" -lt 128 ] || { cat "$work/$1"; fail "$1: clang-tidy died (status $status)"; }
  grep -qE "Stack dump|PLEASE submit a bug report|Sanitizer" "$work/$1" && { cat "$work/$1"; fail "$1: clang-tidy crashed"; }
  return 0
}
outlives='\[txscope-task-outlives-transaction\]'
concurrent='\[txscope-concurrent-transaction-use\]'

configure build/summaries.json
tidy with orders.cpp orders_fixed.cpp
no_crash with
[ "$status" -eq 0 ] || { show with; fail "with: exit status $status"; }
expect with "src/orders.cpp:10:18: warning: task started inside transaction 'tx' may still be running when 'tx' commits [txscope-task-outlives-transaction]"
expect with "src/orders.cpp:17:24: warning: task started inside transaction 'tx' may still be running when 'tx' commits [txscope-task-outlives-transaction]"
expect with "src/orders.cpp:25:24: warning: task started inside transaction 'db' may still be running when 'db' commits [txscope-task-outlives-transaction]"
expect with "src/orders.cpp:33:3: warning: task started inside transaction 'tx' through the call to 'auditLater' is detached; it may still be running when 'tx' commits [txscope-task-outlives-transaction]"
expect with "src/db_utils.cpp:10:3: note: the task is started here, in another translation unit"
expect with "src/db_utils.cpp:10:78: note: the task is detached here"
expect with "src/orders.cpp:40:31: warning: task started inside transaction 'tx' may still be running when 'tx' commits [txscope-task-outlives-transaction]"
[ "$(count with "warning: .*$outlives")" -eq 5 ] || { show with; fail "with: expected exactly 5 txscope-task-outlives-transaction warnings"; }
# (The task using a Qt connection on another thread: seen within one unit.)
[ "$(count with "warning: .*$concurrent")" -eq 2 ] || { show with; fail "with: expected exactly 2 txscope-concurrent-transaction-use warnings"; }
grep -q "orders_fixed.cpp:[0-9]*:[0-9]*: warning" "$work/with" && { show with; fail "with: orders_fixed.cpp should be quiet"; }

configure ""
tidy without orders.cpp orders_fixed.cpp
no_crash without
[ "$status" -eq 0 ] || { cat "$work/without"; fail "without: exit status $status"; }
[ "$(count without "warning: .*$outlives")" -eq 0 ] ||
  { cat "$work/without"; fail "without: a bug seen only through another unit is reported without the summaries"; }
[ "$(count without "warning: .*$concurrent")" -eq 2 ] || { cat "$work/without"; fail "without: expected the 2 warnings within one unit"; }

# corrupt NAME SCRIPT: build/bad.json made from the summaries by the Python
# SCRIPT (reading `text`, writing `bad`, printing where the error is after the
# file name and, on a second line, what it says); clang-tidy must stop there.
corrupt() {
  local name="$1" script="$2" expected where what
  expected=$(python3 -c "import json, sys
text = open(sys.argv[1]).read()
$script
open(sys.argv[2], 'w').write(bad)" "$summaries" "$proj/build/bad.json") || fail "$name: cannot write the corrupt file"
  where=$(sed -n 1p <<<"$expected") what=$(sed -n 2p <<<"$expected")
  configure build/bad.json
  tidy "$name" orders.cpp
  no_crash "$name"
  [ "$status" -ne 0 ] || { cat "$work/$name"; fail "$name: exit status 0 with a corrupt summary file"; }
  expect "$name" "error: $proj/build/bad.json:$where"
  expect "$name" "$what"
  grep -q "warning:" "$work/$name" && { cat "$work/$name"; fail "$name: analysed with a corrupt summary file"; }
  return 0
}
# Cut after half its lines: the parser stops at the end, on line N+1 (the
# column is SummarySetTest's business).
corrupt truncated "lines = text.splitlines(True)
bad = ''.join(lines[:len(lines) // 2])
print('%d:' % (len(lines) // 2 + 1))
print(': not a summary file: ')"
# The helper's leak of an unknown kind: the error is at its entry's line.
corrupt invalid-kind "data = json.loads(text)
usr = next(k for k in data['functions'] if '@F@auditLater#' in k)
data['functions'][usr]['leaks'][0]['kind'] = 'forgotten'
bad = json.dumps(data, indent=1, sort_keys=True)
print('%d: invalid functions entry \'%s\': ' % (bad.splitlines().index('  \"%s\": {' % usr) + 1, usr))
print('expected one of: detached, escapes')"
echo "PASS"
