#!/usr/bin/env bash
# The installed txscope, used as a team would use it.
#   install_test.sh BUILD_DIR VERSION PROJECT_VERSION SUBTEST
#   tree  cmake --install into a scratch prefix
#   deb   cpack's txscope_<version>_amd64.deb, installed with dpkg into a
#         scratch root (its own dpkg database)
# Then, from the installed files only: txscope --version names the LLVM,
# --list-packs matches the installed packs, txscope lints
# test-inputs/cli-project, clang-tidy-VERSION loads lib/txscope/txscope.so,
# clangd-txscope starts the real clangd.
set -uo pipefail
build="$1" version="$2" project_version="$3" subtest="$4"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

case "$subtest" in
tree)
  prefix="$work/prefix"
  echo "+ cmake --install $build --prefix $prefix"
  cmake --install "$build" --prefix "$prefix" >"$work/install.log" 2>&1 || { cat "$work/install.log"; fail "cmake --install failed"; }
  ;;
deb)
  echo "+ cpack -G DEB --config $build/CPackConfig.cmake"
  (cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/pkg") >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; fail "cpack failed"; }
  deb="$work/pkg/txscope_${project_version}_amd64.deb"
  [ -f "$deb" ] || { ls "$work/pkg"; fail "no $(basename "$deb")"; }
  dpkg-deb -I "$deb"
  [ "$(dpkg-deb -f "$deb" Package)" = txscope ] || fail "package name"
  [ "$(dpkg-deb -f "$deb" Version)" = "$project_version" ] || fail "package version"
  [ "$(dpkg-deb -f "$deb" Architecture)" = "$(dpkg --print-architecture)" ] || fail "package architecture"
  # It depends on what holds the LLVM libraries it links, and each of its
  # dependencies is a real package (installed here, where it was built).
  depends="$(dpkg-deb -f "$deb" Depends)"
  owner="$(dpkg-query -S "$(readlink -f "/usr/lib/llvm-$version/lib/libclang-cpp.so")" | cut -d: -f1)"
  [[ ", $depends," == *", $owner,"* ]] || fail "Depends ($depends) lacks $owner"
  for pkg in ${depends//,/ }; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || fail "Depends names $pkg, not installed here"
  done
  prefix="$work/root/usr"
  mkdir -p "$work/root/var/lib/dpkg/info" "$work/root/var/lib/dpkg/updates"
  touch "$work/root/var/lib/dpkg/status"
  # --force-depends: the scratch root's database holds no other package.
  echo "+ dpkg --root=$work/root -i $(basename "$deb")"
  dpkg --root="$work/root" --force-depends -i "$deb" >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log"; fail "dpkg -i failed"; }
  dpkg --root="$work/root" -s txscope | grep -qx "Status: install ok installed" || fail "not installed in the scratch root"
  ;;
*)
  fail "unknown subtest $subtest"
  ;;
esac

# The files, and nothing pointing back into the build tree.
for f in bin/txscope bin/clangd-txscope lib/txscope/txscope.so "lib/txscope/txscope-$version.so" \
         share/doc/txscope/README.md share/doc/txscope/docs/ci.md share/doc/txscope/docs/install.md \
         share/doc/txscope/rules/README.md; do
  [ -f "$prefix/$f" ] || fail "$f not installed"
done
diff <(cd "$root/rules" && ls ./*.yaml) <(cd "$prefix/share/txscope/rules" && ls ./*.yaml) || fail "installed packs differ from rules/"
for f in bin/txscope bin/clangd-txscope "lib/txscope/txscope-$version.so"; do
  readelf -d "$prefix/$f" | grep -F "$build" && fail "$f still points into the build tree"
done

"$prefix/bin/txscope" --version >"$work/version" || fail "txscope --version failed"
grep -q "^txscope $project_version (LLVM $version;" "$work/version" || { cat "$work/version"; fail "--version"; }
"$prefix/bin/txscope" --list-packs >"$work/packs" || fail "--list-packs failed"
diff <(cd "$prefix/share/txscope/rules" && ls -- *.yaml | sed 's/\.yaml$//') <(grep -o '^[a-z0-9]* - ' "$work/packs" | sed 's/ - $//') ||
  fail "--list-packs does not list the installed packs"

proj="$work/project"
cp -r "$root/test-inputs/cli-project" "$proj"
cmake -S "$proj" -B "$proj/build" -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null || fail "cmake failed"
"$prefix/bin/txscope" -p "$proj/build" --root "$proj" >"$work/lint" 2>&1
status=$?
[ "$status" -eq 1 ] || { cat "$work/lint"; fail "installed txscope: exit status $status, expected 1"; }
grep -q "^src/billing.cpp:6:3: warning: task started inside transaction 'tx' is detached" "$work/lint" || { cat "$work/lint"; fail "installed txscope: no finding"; }

source "$root/tools/tests/asan_host.sh"
"${host_env[@]}" "/usr/lib/llvm-$version/bin/clang-tidy" --load="$prefix/lib/txscope/txscope.so" --checks='-*,txscope-*' \
  -p "$proj/build" "$proj/src/billing.cpp" >"$work/tidy" 2>&1
grep -q "billing.cpp:6:3: warning: task started inside transaction 'tx' is detached" "$work/tidy" || { cat "$work/tidy"; fail "installed plugin: no finding"; }

# clangd-txscope answers an LSP initialize through the real clangd.
timeout 60 python3 - "$prefix/bin/clangd-txscope" "--txscope-clangd=/usr/lib/llvm-$version/bin/clangd" <<'PY' ||
import json, subprocess, sys
p = subprocess.Popen(sys.argv[1:], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
def send(msg):
    body = json.dumps(msg).encode()
    p.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    p.stdin.flush()
send({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"processId": None, "rootUri": None, "capabilities": {}}})
length = 0
while True:
    line = p.stdout.readline().strip()
    if not line:
        break
    if line.lower().startswith(b"content-length:"):
        length = int(line.split(b":")[1])
reply = json.loads(p.stdout.read(length))
assert reply["id"] == 1 and "capabilities" in reply["result"], reply
assert "clangd" in reply["result"].get("serverInfo", {}).get("name", ""), reply
send({"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
send({"jsonrpc": "2.0", "method": "exit"})
p.wait(timeout=30)
PY
  fail "installed clangd-txscope did not answer through clangd-$version"
echo "PASS: $subtest"
