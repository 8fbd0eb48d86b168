#!/usr/bin/env bash
# The worked example of rules/README.md ("Writing a pack"), as written there:
# every block marked <!-- example: PATH --> becomes that file of a scratch
# project, the <!-- example-command --> is run with the real txscope, and its
# output must be the <!-- example-output --> block. Without the pack the
# same code is quiet.
#   rules_example_test.sh TXSCOPE_BINARY
set -uo pipefail
txscope="$1"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

python3 - "$root/rules/README.md" "$work" <<'PY' || fail "cannot extract the example from rules/README.md"
import os, re, sys
text = open(sys.argv[1]).read()
out = sys.argv[2]
blocks = re.findall(r"<!-- (example: [^ ]+|example-command|example-output) -->\n```[a-z]*\n(.*?)```", text, re.S)
assert blocks, "no <!-- example... --> blocks"
kinds = [k for k, _ in blocks]
assert "example-command" in kinds and "example-output" in kinds, kinds
for kind, body in blocks:
    if kind.startswith("example: "):
        path = os.path.join(out, "project", kind[len("example: "):])
    else:
        path = os.path.join(out, kind)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    open(path, "w").write(body)
PY
proj="$work/project"
command="$(cat "$work/example-command")"
[[ "$command" == "txscope "* ]] || fail "the example command does not run txscope: $command"
# The compilation database the example assumes: each .cpp with -Iinclude.
mkdir -p "$proj/build"
(cd "$proj" && find . -name '*.cpp' | sed 's|^\./||') | python3 -c '
import json, sys
proj = sys.argv[1]
print(json.dumps([{"directory": proj, "file": f.strip(), "arguments": ["c++", "-std=c++17", "-Iinclude", "-c", f.strip()]}
                  for f in sys.stdin if f.strip()]))' "$proj" >"$proj/build/compile_commands.json"

read -r -a args <<<"${command#txscope }"
echo "+ txscope ${args[*]}"
(cd "$proj" && "$txscope" "${args[@]}") >"$work/out" 2>"$work/err"
status=$?
[ "$status" -eq 1 ] || { cat "$work/out" "$work/err"; fail "exit status $status, expected 1 (findings)"; }
diff "$work/example-output" "$work/out" || fail "the output differs from rules/README.md's"

rm "$proj/.clang-tidy"
(cd "$proj" && "$txscope" "${args[@]}") >"$work/out" 2>"$work/err"
status=$?
[ "$status" -eq 0 ] && [ ! -s "$work/out" ] || { cat "$work/out" "$work/err"; fail "findings without the pack (status $status)"; }
echo "PASS: worked example"
