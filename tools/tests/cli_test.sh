#!/usr/bin/env bash
# End-to-end tests of the txscope command on test-inputs/cli-project.
#   cli_test.sh TXSCOPE_BINARY SUBTEST
# Each subtest copies the project to a scratch directory, configures it with
# CMake (CMAKE_EXPORT_COMPILE_COMMANDS=ON) and checks the command's output and
# exit status. Prints what it ran; exits non-zero on the first failed check.
set -uo pipefail
txscope="$1" subtest="$2"
# shellcheck source=project_test_lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/project_test_lib.sh" cli-project
expect_line() { grep -qF -- "$2" "$work/$1.out" || { cat "$work/$1.out"; fail "missing in output: $2"; }; }
warnings() { grep -c ": warning: " "$work/$1.out"; }

case "$subtest" in
findings)
  run all -p build --root "$proj" -j 2
  expect_status 1 all
  expect_line all "src/billing.cpp:6:3: warning: task started inside transaction 'tx' is detached; it may still be running when 'tx' commits [txscope-task-outlives-transaction]"
  expect_line all "src/inventory.cpp:6:12: warning: task started inside transaction 'tx' may still be running when 'tx' commits"
  expect_line all "src/inventory.cpp:8:5: note: the task is joined only here, after the transaction ended"
  expect_line all "include/ledger.h:8:12: warning:"
  # The header's finding once, though two units include it; NOLINT honoured;
  # joined-inside and no-task functions quiet.
  [ "$(warnings all)" -eq 3 ] || { cat "$work/all.out"; fail "expected 3 warnings"; }
  grep -q "reports.cpp" "$work/all.out" && fail "reports.cpp should be quiet (joined inside, NOLINT)"
  # One clean file: exit 0, nothing printed.
  run clean -p build --root "$proj" src/clean.cpp
  expect_status 0 clean
  [ -s "$work/clean.out" ] && fail "clean file printed findings"
  ;;
jobs)
  run one -p build --root "$proj" -j 1
  run two -p build --root "$proj" -j 2
  cmp "$work/one.out" "$work/two.out" || fail "-j 1 and -j 2 differ"
  ;;
shards)
  run all -p build --root "$proj" --format json
  run s1 -p build --root "$proj" --format json --shard 1/2
  run s2 -p build --root "$proj" --format json --shard 2/2
  run s3 -p build --root "$proj" --format json --shard 1/3
  keys() { python3 -c 'import json,sys; [print(f["file"], f["line"], f["column"], f["message"]) for f in json.load(open(sys.argv[1]))["findings"]]' "$1"; }
  diff <(keys "$work/all.out" | sort) <(cat <(keys "$work/s1.out") <(keys "$work/s2.out") | sort -u) ||
    fail "the union of the shards differs from the full run"
  [ "$(keys "$work/s2.out" | wc -l)" -lt "$(keys "$work/all.out" | wc -l)" ] || fail "shard 2/2 did everything"
  run bad -p build --shard 3/2
  expect_status 2 bad
  grep -q "invalid --shard" "$work/bad.err" || fail "no message for a bad --shard"
  # The shards' SARIF logs merge into one with every result.
  run s1sarif -p build --root "$proj" --format sarif --shard 1/2 -o "$work/s1.sarif"
  run s2sarif -p build --root "$proj" --format sarif --shard 2/2 -o "$work/s2.sarif"
  run merge merge "$work/s1.sarif" "$work/s2.sarif" -o "$work/all.sarif"
  expect_status 0 merge
  n=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["runs"][0]["results"]))' "$work/all.sarif")
  [ "$n" -eq "$(keys "$work/all.out" | wc -l)" ] || fail "merged SARIF has $n results"
  echo '{"version": "2.0"}' >"$work/junk.sarif"
  run junk merge "$work/junk.sarif"
  expect_status 2 junk
  ;;
baseline)
  run write -p build --root "$proj" --write-baseline "$work/baseline.json"
  expect_status 0 write
  # Unrelated edits above the findings keep them baselined.
  sed -i '1i // A new comment\n#include <vector>\n\nstatic std::vector<int> unrelated;' src/billing.cpp src/inventory.cpp
  run same -p build --root "$proj" --baseline "$work/baseline.json"
  expect_status 0 same
  [ -s "$work/same.out" ] && { cat "$work/same.out"; fail "baselined findings reported after an unrelated edit"; }
  # A new finding is reported, and only it.
  cat >>src/billing.cpp <<'CPP'

void refund(pqxx::connection &conn) {
  pqxx::work tx{conn};
  std::thread([&tx] { tx.exec0("UPDATE invoices SET paid = false"); }).detach();
  tx.commit();
}
CPP
  run new -p build --root "$proj" --baseline "$work/baseline.json"
  expect_status 1 new
  [ "$(warnings new)" -eq 1 ] || { cat "$work/new.out"; fail "expected only the new finding"; }
  expect_line new "src/billing.cpp:18:3: warning:"
  echo '{"findings": [{}]}' >"$work/broken.json"
  run broken -p build --baseline "$work/broken.json"
  expect_status 2 broken
  grep -q "broken.json" "$work/broken.err" || fail "broken baseline not named"
  ;;
diff)
  git init -q . && git add -A && git -c user.email=t@t -c user.name=t commit -qm base
  cat >>src/reports.cpp <<'CPP'

void weeklyReport(pqxx::connection &conn) {
  pqxx::work tx{conn};
  std::thread([&tx] { tx.exec0("INSERT INTO reports SELECT 3"); }).detach();
  tx.commit();
}
CPP
  run base -p build --diff-base HEAD
  expect_status 1 base
  [ "$(warnings base)" -eq 1 ] || { cat "$work/base.out"; fail "expected only the finding on changed lines"; }
  expect_line base "src/reports.cpp:19:3: warning:"
  git diff -U0 HEAD >"$work/change.diff"
  run file -p build --diff-file "$work/change.diff"
  cmp "$work/base.out" "$work/file.out" || fail "--diff-file and --diff-base differ"
  # A change touching only a note's line (the commit) reports that finding.
  git stash -q
  sed -i 's/^  tx.commit();$/  tx.commit(); \/\/ committed/' src/billing.cpp
  run note -p build --diff-base HEAD
  expect_line note "src/billing.cpp:6:3: warning:"
  printf '@@ nonsense\n+x\n' >"$work/bad.diff"
  run bad -p build --diff-file "$work/bad.diff"
  expect_status 2 bad
  grep -q "bad.diff:1: malformed hunk header" "$work/bad.err" || { cat "$work/bad.err"; fail "no file:line for a malformed diff"; }
  ;;
formats)
  run gh -p build --root "$proj" --format github
  expect_line gh "::warning file=src/billing.cpp,line=6,col=3,title=txscope-task-outlives-transaction::task started inside transaction 'tx' is detached"
  run json -p build --root "$proj" --format json -o "$work/out.json"
  expect_status 1 json
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert len(d["findings"]) == 3 and d["findings"][0]["notes"], d' "$work/out.json" ||
    fail "JSON report"
  ;;
sarif)
  run sarif -p build --root "$proj" --format sarif -o "$work/out.sarif"
  expect_status 1 sarif
  python3 - "$work/out.sarif" <<'PY' || fail "SARIF content"
import json, sys
log = json.load(open(sys.argv[1]))
run = log["runs"][0]
assert log["version"] == "2.1.0"
rules = run["tool"]["driver"]["rules"]
# Every check is a rule of its own, with its own texts.
assert [r["id"] for r in rules] == ["txscope-task-outlives-transaction",
                                    "txscope-concurrent-transaction-use"], rules
assert len({r["name"] for r in rules}) == len(rules), rules
for field in ("shortDescription", "fullDescription", "help"):
    texts = [r[field]["text"] for r in rules]
    assert all(texts) and len(set(texts)) == len(texts), (field, texts)
assert "concurrent-transaction-use.md" in rules[1]["help"]["text"], rules[1]
for res in run["results"]:
    assert rules[res["ruleIndex"]]["id"] == res["ruleId"], res
assert run["originalUriBaseIds"]["SRCROOT"]["uri"].startswith("file:///")
r = run["results"][0]
assert r["locations"][0]["physicalLocation"]["artifactLocation"]["uriBaseId"] == "SRCROOT"
assert len(r["relatedLocations"]) == len(r["codeFlows"][0]["threadFlows"][0]["locations"]) - 1
PY
  # Microsoft's validator, installed from the npm registry.
  tools="$root/build/npm-tools"
  if [ ! -x "$tools/node_modules/.bin/sarif-multitool" ]; then
    mkdir -p "$tools"
    (cd "$tools" && npm install --no-audit --no-fund --silent @microsoft/sarif-multitool@5.7.0 >/dev/null) ||
      fail "cannot install @microsoft/sarif-multitool"
  fi
  chmod u+x "$tools"/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool 2>/dev/null || true
  "$tools/node_modules/.bin/sarif-multitool" validate "$work/out.sarif" >"$work/validate.log" 2>&1 ||
    { cat "$work/validate.log"; fail "the validator did not run"; }
  cat "$work/validate.log"
  grep -q "1 files scanned" "$work/validate.log" || fail "the validator scanned nothing"
  grep -E ": error [A-Z]+[0-9]+:" "$work/validate.log" && fail "the SARIF log has validation errors"
  ;;
errors)
  run usage -p build --no-such-option
  expect_status 2 usage
  run nodb --root "$proj" "$work/nowhere.cpp"
  expect_status 2 nodb
  grep -q "no compilation database" "$work/nodb.err" || fail "no message without a database"
  printf 'pack: broken\ntransactions:\n  - type: ourdb::Tx\n    comit: [Commit]\n' >"$work/broken.yaml"
  run config -p build src/clean.cpp --config "{CheckOptions: [{key: txscope-task-outlives-transaction.RuleFiles, value: '$work/broken.yaml'}]}"
  expect_status 2 config
  grep -q "broken.yaml:4:5: error: unknown key 'comit'" "$work/config.err" || { cat "$work/config.err"; fail "config error without file:line:col"; }
  run badconfig -p build src/clean.cpp --config "{Checks: [unclosed"
  expect_status 2 badconfig
  grep -q "configuration error: invalid --config" "$work/badconfig.err" || { cat "$work/badconfig.err"; fail "no message for an invalid --config"; }
  # A unit that does not compile: exit 3, named with the error; with
  # --keep-going the other units are still analysed.
  printf '#include <pqxx/pqxx>\nvoid f() { undeclared(); }\n' >src/broken.cpp
  run broken -p build src/broken.cpp src/billing.cpp -j 1
  expect_status 3 broken
  grep -q "could not analyse src/broken.cpp: .*broken.cpp:2:12: error: use of undeclared identifier 'undeclared'" "$work/broken.err" ||
    { cat "$work/broken.err"; fail "failed unit not reported with its error"; }
  run keepgoing -p build --root "$proj" --keep-going src/broken.cpp src/billing.cpp -j 1
  expect_status 3 keepgoing
  expect_line keepgoing "src/billing.cpp:6:3: warning:"
  ;;
hostile)
  # SPEC §7 on the command line. Units listed in a hand-written database.
  db="$work/db"; mkdir -p "$db"
  database() { # database FILE [EXTRA_FLAG]: one entry per file, -I include
    python3 - "$proj" "$db/compile_commands.json" "$@" <<'PY'
import json, sys
proj, out, extra = sys.argv[1], sys.argv[2], sys.argv[3:]
flags = [a for a in extra if a.startswith("-")]
files = [a for a in extra if not a.startswith("-")]
# Paths as raw bytes, as CMake writes them (a non-UTF-8 name stays one).
text = json.dumps([{"directory": proj, "file": f,
                    "arguments": ["c++", "-std=c++17", "-I" + proj + "/include"] + flags + ["-c", f]}
                   for f in files], ensure_ascii=False)
open(out, "wb").write(text.encode("utf-8", "surrogateescape"))
PY
  }
  # A function over the step budget: skipped, named under --verbose.
  budget="{CheckOptions: [{key: txscope-task-outlives-transaction.StepBudget, value: 1}]}"
  run skipped -p build --root "$proj" --verbose --config "$budget" src/billing.cpp
  expect_status 0 skipped
  grep -q "src/billing.cpp:4:6: note: function 'chargeCustomers' was not analysed: too large to analyse within limits" "$work/skipped.err" ||
    { cat "$work/skipped.err"; fail "skipped function not named under --verbose"; }
  run notverbose -p build --root "$proj" --config "$budget" src/billing.cpp
  grep -q "not analysed" "$work/notverbose.err" && fail "skipped function named without --verbose"
  # A database entry whose file is missing: exit 3, named; the rest analysed.
  database "$proj/src/missing.cpp" "$proj/src/billing.cpp"
  run missing -p "$db" --root "$proj" --keep-going -j 1
  expect_status 3 missing
  grep -q "missing.cpp" "$work/missing.err" || { cat "$work/missing.err"; fail "missing file not named"; }
  expect_line missing "src/billing.cpp:6:3: warning:"
  # Code that does not compile: the functions that parsed are analysed.
  # (The goto into the scope of a transaction is an error clang's CFG
  # builder used to crash on: found by fuzz/engine_fuzzer.cpp.)
  { cat src/billing.cpp; printf 'void broken() { undeclared(); }\n'
    printf 'void jump(pqxx::connection &c, int n) { if (n) goto out; pqxx::work w(c); std::thread t([&w] { w.exec0("x"); }); t.detach(); out:; }\n'
  } >src/partial.cpp
  database "$proj/src/partial.cpp"
  run partial -p "$db" --root "$proj" --keep-going
  expect_status 3 partial
  expect_line partial "src/partial.cpp:6:3: warning:"
  grep -q "Stack dump\|PLEASE submit" "$work/partial.err" && { cat "$work/partial.err"; fail "crash on a unit with errors"; }
  # A non-UTF-8 file name and source text (Latin-1 bytes).
  latin="$proj/src/caf$(printf '\xe9').cpp"
  { printf '// r\xe9sum\xe9: \xe0 payer\n'; cat src/billing.cpp; } >"$latin"
  database "$latin"
  for format in text json sarif; do
    run "latin-$format" -p "$db" --root "$proj" --format "$format"
    expect_status 1 "latin-$format"
  done
  grep -q ":7:3: warning:" "$work/latin-text.out" || { cat "$work/latin-text.out"; fail "no finding in the Latin-1 file"; }
  python3 -c 'import json,sys; [json.load(open(f)) for f in sys.argv[1:]]' "$work/latin-json.out" "$work/latin-sarif.out" ||
    fail "JSON or SARIF output for a non-UTF-8 path is not valid JSON"
  grep -q '"uri": "src/caf%E9.cpp"' "$work/latin-sarif.out" || fail "SARIF URI not percent-encoded"
  run latin-record -p "$db" --root "$proj" --write-baseline "$work/latin-baseline.json"
  run latin-baseline -p "$db" --root "$proj" --baseline "$work/latin-baseline.json"
  expect_status 0 latin-baseline
  # A 20,000-statement function, 500-deep nesting and a macro expanding to
  # 1,024 task starts: analysed (or skipped), never a crash or a hang.
  python3 - "$proj/src/huge.cpp" <<'PY'
import sys
out = ['#include "ledger.h"', "#include <future>", "#include <thread>",
       "void longOne(pqxx::connection &conn, int x) {", "  pqxx::work tx{conn};"]
out += ["  x = x * 31 + %d;" % i for i in range(20000)]
out += ["  std::thread([&tx] { tx.exec0(\"UPDATE t SET v = 1\"); }).detach();", "  tx.commit();", "}"]
out += ["void deep(pqxx::connection &conn, int n) {", "  pqxx::work tx{conn};"]
out += ["  if (n > %d) {" % i for i in range(500)]
out += ["  std::thread([&tx] { tx.exec0(\"UPDATE t SET v = 2\"); }).detach();"] + ["  }"] * 500
out += ["  tx.commit();", "}"]
out += ["#define START std::async(std::launch::async, [&tx] { tx.exec0(\"UPDATE t SET v = 3\"); });",
        "#define X2(s) s s", "#define X8(s) X2(X2(X2(s)))", "#define X1024(s) X8(X8(X8(X2(s))))",
        "void macro(pqxx::connection &conn) {", "  pqxx::work tx{conn};", "  X1024(START)", "  tx.commit();", "}"]
open(sys.argv[1], "w").write("\n".join(out) + "\n")
PY
  database "$proj/src/huge.cpp" -fbracket-depth=1024
  run huge -p "$db" --root "$proj" --verbose
  expect_status 1 huge
  grep -q "src/huge.cpp:20006:3: warning:" "$work/huge.out" || { cat "$work/huge.out"; fail "no finding in the long function"; }
  grep -q "src/huge.cpp:[0-9]*:3: warning: .* is detached" "$work/huge.out" || fail "no finding in the deep function"
  grep -q "Stack dump\|PLEASE submit" "$work/huge.err" && { cat "$work/huge.err"; fail "crash on the huge unit"; }
  ;;
progress)
  # On a terminal: "[k/N] file" for each unit, as ninja and run-clang-tidy
  # show; nothing with --quiet, nothing when stderr is not a terminal.
  on_tty() { # on_tty NAME ARGS...: txscope with stderr on a pseudo-terminal
    local name="$1"; shift
    echo "+ txscope $* (stderr on a pseudo-terminal)"
    python3 - "$txscope" "$@" >"$work/$name.err" <<'PY'
import os, pty, subprocess, sys
master, slave = pty.openpty()
p = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=slave)
os.close(slave)
out = b""
while True:
    try:
        chunk = os.read(master, 4096)
    except OSError:  # EIO: the child closed the terminal
        break
    if not chunk:
        break
    out += chunk
p.wait()
sys.stdout.write(out.decode("utf-8", "replace"))
sys.exit(p.returncode)
PY
    status=$?
  }
  units=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' build/compile_commands.json)
  [ "$units" -gt 1 ] || fail "the project has $units units"
  on_tty tty -p build --root "$proj" -j 2
  expect_status 1 tty
  for k in $(seq 1 "$units"); do
    grep -qE "\[$k/$units\] src/[a-z]+\.cpp" "$work/tty.err" || { cat -v "$work/tty.err"; fail "no progress line [$k/$units] on the terminal"; }
  done
  on_tty quiet -p build --root "$proj" -j 2 --quiet
  expect_status 1 quiet
  [ -s "$work/quiet.err" ] && { cat -v "$work/quiet.err"; fail "progress shown with --quiet"; }
  run pipe -p build --root "$proj" -j 2
  [ -s "$work/pipe.err" ] && { cat -v "$work/pipe.err"; fail "progress shown though stderr is not a terminal"; }
  ;;
packs)
  # --list-packs: every built-in pack with every name its YAML models.
  run packs --list-packs
  expect_status 0 packs
  python3 - "$work/packs.out" "$root"/rules/*.yaml <<'PY' || fail "--list-packs does not match rules/*.yaml"
import os, re, sys
listing = open(sys.argv[1]).read()
blocks = {b.split("\n", 1)[0].split(" - ", 1)[0]: b for b in listing.strip().split("\n\n")}
packs = sys.argv[2:]
assert len(blocks) == len(packs), (sorted(blocks), packs)
for path in packs:
    name = os.path.basename(path)[:-5]
    assert name in blocks, "pack %s not listed" % name
    text = open(path).read()
    desc = re.search(r"^description: *(.*)$", text, re.M)
    if desc:
        assert blocks[name].startswith(name + " - " + desc.group(1).strip()), blocks[name]
    for key, value in re.findall(r"^\s*- (type|call|constructor|receiver|function): *([^\s#]+)", text, re.M):
        assert value in blocks[name], "%s: %s %s not listed" % (name, key, value)
PY
  run version --version
  expect_status 0 version
  grep -qE "^txscope [0-9]+\.[0-9]+\.[0-9]+ \(LLVM [0-9]+;" "$work/version.out" || { cat "$work/version.out"; fail "--version does not name the LLVM"; }
  ;;
checks)
  # Both checks run by default, each finding under its own name in every
  # format; --checks picks them; each check has its own options.
  cat >>src/inventory.cpp <<'CPP'

void concurrentRestock(pqxx::connection &conn) {
  pqxx::work tx{conn};
  auto f = std::async(std::launch::async, [&tx] { tx.exec0("UPDATE stock SET n = 1"); });
  tx.exec0("UPDATE stock SET n = 2");
  f.get();
  tx.commit();
}
CPP
  use_line=16  # tx.exec0("UPDATE stock SET n = 2") above
  second="src/inventory.cpp:$use_line:[0-9]*: warning: 'tx' is used here while a task using it may still be running \[txscope-concurrent-transaction-use\]"
  run all -p build --root "$proj"
  expect_status 1 all
  grep -q "$second" "$work/all.out" || { cat "$work/all.out"; fail "no finding of the second check"; }
  expect_line all "src/billing.cpp:6:3: warning: task started inside transaction 'tx' is detached; it may still be running when 'tx' commits [txscope-task-outlives-transaction]"
  # --checks: only the first check, only the second.
  run first -p build --root "$proj" --checks=-txscope-concurrent-transaction-use
  expect_status 1 first
  grep -q "txscope-concurrent-transaction-use" "$work/first.out" && { cat "$work/first.out"; fail "second check ran"; }
  diff <(grep "txscope-task-outlives-transaction\]" "$work/all.out") <(grep "warning:" "$work/first.out") ||
    fail "the first check alone reports other findings than with both"
  run second -p build --root "$proj" --checks='-*,txscope-concurrent-transaction-use'
  grep -q "txscope-task-outlives-transaction" "$work/second.out" && { cat "$work/second.out"; fail "first check ran"; }
  grep -q "$second" "$work/second.out" || { cat "$work/second.out"; fail "no finding of the second check alone"; }
  # JSON, GitHub, SARIF: the check of each finding.
  run json -p build --root "$proj" --format json -o "$work/out.json"
  run gh -p build --root "$proj" --format github
  grep -q "^::warning file=src/inventory.cpp,line=$use_line,col=[0-9]*,title=txscope-concurrent-transaction-use::'tx' is used here" "$work/gh.out" ||
    { cat "$work/gh.out"; fail "GitHub annotation of the second check"; }
  expect_line gh "title=txscope-task-outlives-transaction::"
  run sarif -p build --root "$proj" --format sarif -o "$work/out.sarif"
  python3 - "$work/out.json" "$work/out.sarif" "$use_line" <<'PY' || fail "JSON or SARIF check names"
import json, sys
findings = json.load(open(sys.argv[1]))["findings"]
line = int(sys.argv[3])
checks = {(f["file"], f["line"]): f["check"] for f in findings}
assert checks[("src/inventory.cpp", line)] == "txscope-concurrent-transaction-use", findings
assert checks[("src/billing.cpp", 6)] == "txscope-task-outlives-transaction", findings
run = json.load(open(sys.argv[2]))["runs"][0]
rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
by_line = {(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            r["locations"][0]["physicalLocation"]["region"]["startLine"]): r for r in run["results"]}
second = by_line[("src/inventory.cpp", line)]
assert second["ruleId"] == "txscope-concurrent-transaction-use" and rules[second["ruleIndex"]] == second["ruleId"], second
first = by_line[("src/billing.cpp", 6)]
assert first["ruleId"] == "txscope-task-outlives-transaction" and first["ruleIndex"] == 0, first
assert len(run["results"]) == len(findings)
PY
  # Baselines are per check: the first check's findings accepted, the
  # second check's still new.
  run write -p build --root "$proj" --checks=-txscope-concurrent-transaction-use --write-baseline "$work/first.json"
  run base -p build --root "$proj" --baseline "$work/first.json"
  expect_status 1 base
  grep -q "txscope-task-outlives-transaction" "$work/base.out" && { cat "$work/base.out"; fail "baselined findings reported"; }
  grep -q "$second" "$work/base.out" || { cat "$work/base.out"; fail "the second check's finding was baselined"; }
  # Options per check: a broken pack of the second check is its error only.
  printf 'pack: broken\ntransactions:\n  - type: ourdb::Tx\n    comit: [Commit]\n' >"$work/broken.yaml"
  broken="{CheckOptions: [{key: txscope-concurrent-transaction-use.RuleFiles, value: '$work/broken.yaml'}]}"
  run config -p build src/billing.cpp --config "$broken"
  expect_status 2 config
  grep -q "broken.yaml:4:5: error: unknown key 'comit'" "$work/config.err" || { cat "$work/config.err"; fail "config error of the second check"; }
  run config1 -p build src/billing.cpp --config "$broken" --checks=-txscope-concurrent-transaction-use
  expect_status 1 config1
  run badopt -p build src/billing.cpp --config "{CheckOptions: [{key: txscope-concurrent-transaction-use.StrictMode, value: maybe}]}"
  expect_status 2 badopt
  grep -q "invalid value 'maybe' for option 'txscope-concurrent-transaction-use.StrictMode'" "$work/badopt.err" ||
    { cat "$work/badopt.err"; fail "the second check's option not named"; }
  # --verbose: each check names the functions over its own budget.
  budget="{CheckOptions: [{key: txscope-task-outlives-transaction.StepBudget, value: 1}, {key: txscope-concurrent-transaction-use.StepBudget, value: 1}]}"
  run skipped -p build --root "$proj" --verbose --config "$budget" src/billing.cpp
  for check in txscope-task-outlives-transaction txscope-concurrent-transaction-use; do
    grep -q "src/billing.cpp:4:6: note: function 'chargeCustomers' was not analysed: .* \[$check\]" "$work/skipped.err" ||
      { cat "$work/skipped.err"; fail "skipped function not named for $check"; }
  done
  [ "$(grep -c "function 'chargeCustomers'" "$work/skipped.err")" -eq 2 ] || { cat "$work/skipped.err"; fail "expected one line per check"; }
  # NOLINT names one check: the other's finding stays.
  sed -i "${use_line}s|\$| // NOLINT(txscope-concurrent-transaction-use)|" src/inventory.cpp
  sed -i "6s|\$| // NOLINT(txscope-concurrent-transaction-use)|" src/billing.cpp
  run nolint -p build --root "$proj"
  grep -q "txscope-concurrent-transaction-use\]" "$work/nolint.out" && { cat "$work/nolint.out"; fail "NOLINT(txscope-concurrent-transaction-use) did not suppress"; }
  expect_line nolint "src/billing.cpp:6:3: warning: task started inside transaction 'tx' is detached"
  ;;
*)
  fail "unknown subtest $subtest"
  ;;
esac
echo "PASS: $subtest"
