#!/usr/bin/env bash
# The txscope command across translation units (SPEC §2 *Across functions*,
# §6) on test-inputs/xtu-project, whose wrapper classes and helpers are
# defined in other units than the code using them.
#   xtu_cli_test.sh TXSCOPE_BINARY SUBTEST
# Subtests: cache (cold, warm, one file edited), shards (3 shards in two
# stages, merged, agree with one run), reliability (broken and stale
# summary files). Prints what it ran; exits non-zero on the first failure.
set -uo pipefail
txscope="$1" subtest="$2"
# shellcheck source=project_test_lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/project_test_lib.sh" xtu-project
expect_in() { grep -qF -- "$3" "$work/$1.$2" || { cat "$work/$1.$2"; fail "missing in $1.$2: $3"; }; }
# The findings of a JSON report, one line each, sorted.
keys() { python3 -c 'import json,sys
for f in json.load(open(sys.argv[1]))["findings"]: print(f["file"], f["line"], f["column"], f["check"], f["message"])' "$1" | sort; }

# The five bugs of orders.cpp, each seen only through another unit, and
# nothing in orders_fixed.cpp.
expect_bugs() {
  local name="$1"
  expect_in "$name" out "src/orders.cpp:10:18: warning: task started inside transaction 'tx' may still be running when 'tx' commits [txscope-task-outlives-transaction]"
  expect_in "$name" out "src/orders.cpp:17:24: warning: task started inside transaction 'tx' may still be running when 'tx' commits [txscope-task-outlives-transaction]"
  expect_in "$name" out "src/orders.cpp:25:24: warning: task started inside transaction 'db' may still be running when 'db' commits [txscope-task-outlives-transaction]"
  expect_in "$name" out "src/orders.cpp:33:3: warning: task started inside transaction 'tx' through the call to 'auditLater' is detached; it may still be running when 'tx' commits [txscope-task-outlives-transaction]"
  expect_in "$name" out "src/db_utils.cpp:10:3: note: the task is started here, in another translation unit"
  expect_in "$name" out "src/orders.cpp:40:31: warning: task started inside transaction 'tx' may still be running when 'tx' commits [txscope-task-outlives-transaction]"
  [ "$(grep -c 'warning:.*\[txscope-task-outlives-transaction\]' "$work/$name.out")" -eq 5 ] ||
    { cat "$work/$name.out"; fail "expected exactly 5 txscope-task-outlives-transaction warnings"; }
  grep -q "orders_fixed.cpp" "$work/$name.out" && { cat "$work/$name.out"; fail "orders_fixed.cpp should be quiet"; }
  return 0
}

case "$subtest" in
cache)
  # Each unit alone: the bugs are invisible.
  run alone -p build --root "$proj" -j 2 --no-summaries --checks=-txscope-concurrent-transaction-use
  expect_status 0 alone
  run cold -p build --root "$proj" -j 2 --verbose
  expect_status 1 cold
  expect_bugs cold
  expect_in cold err "4 unit(s) analysed, 0 from the cache"
  [ -s build/.txscope/summaries.json ] || fail "no build/.txscope/summaries.json"
  run warm -p build --root "$proj" -j 2 --verbose
  expect_status 1 warm
  expect_in warm err "0 unit(s) analysed, 4 from the cache, 0 analysed again"
  cmp "$work/cold.out" "$work/warm.out" || fail "warm run differs from the cold one"
  # The helper's detach fixed: the unit defining it and those that read its
  # summary are analysed again, and the finding is gone.
  sed -i 's/}).detach();/}).join();/' src/db_utils.cpp
  run edited -p build --root "$proj" -j 2 --verbose
  expect_in edited err "from the cache"
  grep -q "auditLater" "$work/edited.out" && { cat "$work/edited.out"; fail "the fixed helper is still reported"; }
  [ "$(grep -c 'warning:.*\[txscope-task-outlives-transaction\]' "$work/edited.out")" -eq 4 ] ||
    { cat "$work/edited.out"; fail "expected the 4 other warnings"; }
  # Findings do not depend on the order units finish in.
  run one -p build --root "$proj" -j 1 --no-cache
  run two -p build --root "$proj" -j 2 --no-cache
  cmp "$work/one.out" "$work/two.out" || fail "-j 1 and -j 2 differ"
  ;;
shards)
  run all -p build --root "$proj" --no-cache --format json
  expect_status 1 all
  # Stage 1: each shard writes what its units define; then one file.
  for i in 1 2 3; do
    run "gather$i" -p build --root "$proj" --no-cache --shard "$i/3" --write-summaries "$work/part$i.json"
    [ "$status" -le 1 ] || { cat "$work/gather$i.err"; fail "stage 1 shard $i failed"; }
  done
  run merged merge-summaries "$work/part3.json" "$work/part1.json" "$work/part2.json" -o "$work/all.json"
  expect_status 0 merged
  run merged2 merge-summaries "$work/part1.json" "$work/part2.json" "$work/part3.json" -o "$work/all2.json"
  cmp "$work/all.json" "$work/all2.json" || fail "merge-summaries depends on the order of its inputs"
  # Stage 2: each shard checks with every unit's summaries.
  for i in 1 2 3; do
    run "check$i" -p build --root "$proj" --no-cache --shard "$i/3" --summaries "$work/all.json" --format json
  done
  diff <(keys "$work/all.out") <(cat <(keys "$work/check1.out") <(keys "$work/check2.out") <(keys "$work/check3.out") | sort) ||
    fail "the shards' findings differ from one run's"
  # The inline function both order files define is summarised once.
  python3 - "$work/all.json" <<'PY' || fail "startCount is not summarised exactly once"
import json, sys
functions = json.load(open(sys.argv[1]))["functions"]
count = [usr for usr, f in functions.items() if f["name"] == "startCount"]
assert len(count) == 1, count
assert functions[count[0]]["file"].endswith("src/orders.cpp"), functions[count[0]]["file"]
PY
  ;;
reliability)
  # A truncated summary file: a usage error naming the file and line.
  run good -p build --root "$proj" --no-cache --write-summaries "$work/good.json"
  head -c 300 "$work/good.json" > "$work/truncated.json"
  run truncated -p build --root "$proj" --no-cache --summaries "$work/truncated.json"
  expect_status 2 truncated
  expect_in truncated err "$work/truncated.json:"
  expect_in truncated err "not a summary file"
  # Another version.
  sed 's/"version": 1/"version": 99/' "$work/good.json" > "$work/v99.json"
  run v99 -p build --root "$proj" --no-cache --summaries "$work/v99.json"
  expect_status 2 v99
  expect_in v99 err "summary file version 99 is not the version this txscope reads"
  # An invalid entry: the line of the entry and its USR.
  python3 - "$work/good.json" "$work/badkind.json" <<'PY'
import json, sys
data = json.load(open(sys.argv[1]))
for f in data["functions"].values():
    for leak in f.get("leaks", []):
        leak["kind"] = "sideways"
json.dump(data, open(sys.argv[2], "w"), indent=1)
PY
  run badkind -p build --root "$proj" --no-cache --summaries "$work/badkind.json"
  expect_status 2 badkind
  expect_in badkind err "invalid functions entry"
  expect_in badkind err "expected one of: detached"
  # merge-summaries says the same.
  run mergebad merge-summaries "$work/good.json" "$work/truncated.json" -o "$work/x.json"
  expect_status 2 mergebad
  expect_in mergebad err "$work/truncated.json:"
  # A stale summary: functions that no longer exist, a file that is gone,
  # lines past its end. The units it names are not analysed in this run
  # (only orders.cpp is), so their entries are used as they are.
  python3 - "$work/good.json" "$work/stale.json" <<'PY'
import json, sys
data = json.load(open(sys.argv[1]))
data["functions"]["c:@F@noSuchFunction#"] = {"name": "noSuchFunction", "file": "/nonexistent/gone.cpp",
    "leaks": [{"kind": "detached", "start": {"file": "/nonexistent/gone.cpp", "line": 3, "column": 1},
               "detail": None, "calls": [], "uses": [{"param": 0, "fields": []}]}]}
for f in data["functions"].values():
    for leak in f.get("leaks", []):
        leak["start"]["line"] = 100000
json.dump(data, open(sys.argv[2], "w"), indent=1)
PY
  run stale -p build --root "$proj" --no-cache --summaries "$work/stale.json" src/orders.cpp
  expect_status 1 stale
  expect_in stale out "src/orders.cpp:33:3: warning: task started inside transaction 'tx' through the call to 'auditLater' is detached"
  grep -q "in another translation unit" "$work/stale.out" && { cat "$work/stale.out"; fail "a note past the end of its file"; }
  # A corrupt cache entry is analysed again, not an error.
  run fill -p build --root "$proj" -j 2
  for entry in build/.txscope/units/*.json; do echo '{"version": 1, "file": 3' > "$entry"; done
  run corrupt -p build --root "$proj" -j 2 --verbose
  expect_status 1 corrupt
  expect_in corrupt err "4 unit(s) analysed, 0 from the cache"
  expect_bugs corrupt
  ;;
*)
  fail "unknown subtest $subtest"
  ;;
esac
echo "PASS: $subtest"
