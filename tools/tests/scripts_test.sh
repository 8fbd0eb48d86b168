#!/usr/bin/env bash
# The set-up scripts (tools/*.sh), run from a scratch copy of tools/ so that
# nothing they do can reach this checkout's builds.
#   scripts_test.sh SUBTEST
#   help      every script takes -h and --help: its header, exit 0, nothing
#             installed or built; lint.sh rejects an unknown option (exit 2)
#   packages  with apt-get and dpkg-query stubbed (nothing installed), what
#             each script asks to install: lint.sh what the main job needs,
#             test.sh the test-only packages too
set -uo pipefail
subtest="$1"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

mkdir -p "$work/tools" "$work/stubs"
cp "$here"/../*.sh "$work/tools/"
# Stubs: nothing is installed; apt-get records what it is asked; a build
# fails at once (the scratch copy has no sources anyway).
cat >"$work/stubs/dpkg-query" <<'SH'
#!/bin/sh
exit 1
SH
cat >"$work/stubs/apt-get" <<SH
#!/bin/sh
echo "\$*" >>"$work/apt.log"
SH
cat >"$work/stubs/cmake" <<SH
#!/bin/sh
echo "cmake \$*" >>"$work/cmake.log"
exit 1
SH
printf '#!/bin/sh\nexec "$@"\n' >"$work/stubs/sudo"
chmod +x "$work/stubs"/*
export PATH="$work/stubs:$PATH"
scripts=("$work"/tools/*.sh)

case "$subtest" in
help)
  for script in "${scripts[@]}"; do
    name="$(basename "$script")"
    [ "$name" = lib.sh ] && continue # sourced, not run
    summary="$(sed -n '2s/^# //p' "$script")"
    for flag in -h --help; do
      echo "+ tools/$name $flag"
      timeout 60 bash "$script" "$flag" >"$work/out" 2>"$work/err"
      status=$?
      [ "$status" -eq 0 ] || { cat "$work/out" "$work/err"; fail "$name $flag: exit status $status"; }
      [ "$(head -1 "$work/out")" = "$summary" ] || { cat "$work/out"; fail "$name $flag does not print its header"; }
      grep -q -- "-h | --help" "$work/out" || fail "$name $flag: the help does not mention -h | --help"
      grep -q "^#" "$work/out" && fail "$name $flag: comment markers in the help"
      [ -e "$work/apt.log" ] || [ -e "$work/cmake.log" ] && fail "$name $flag installed or built something"
    done
  done
  echo "+ tools/lint.sh --frobnicate"
  bash "$work/tools/lint.sh" --frobnicate >"$work/out" 2>"$work/err"
  status=$?
  [ "$status" -eq 2 ] || fail "lint.sh --frobnicate: exit status $status, expected 2"
  grep -qx "txscope: unknown option --frobnicate (tools/lint.sh --help)" "$work/err" || { cat "$work/err"; fail "no usage error"; }
  ;;
packages)
  installed() { grep -h "install" "$work/apt.log" | tr ' ' '\n' | grep -v '^-' | grep -vx install | sort -u; }
  has() { installed | grep -qx "$1"; }
  test_only="neovim qt6-base-dev qtbase5-dev libtbb-dev libboost-dev libsoci-dev libsqlitecpp-dev libasio-dev"
  # The main job on the demo: the LLVM, the build, the demo's headers.
  mkdir -p "$work/test-inputs/demo"
  echo "+ tools/lint.sh (LLVM 22)"
  TXSCOPE_LLVM_VERSION=22 bash "$work/tools/lint.sh" >/dev/null 2>&1
  [ -s "$work/cmake.log" ] || fail "lint.sh did not go on to build"
  for pkg in clang-tidy-22 libclang-22-dev llvm-22-dev cmake ninja-build g++ libpqxx-dev; do
    has "$pkg" || { installed; fail "lint.sh does not install $pkg"; }
  done
  for pkg in $test_only; do has "$pkg" && fail "lint.sh installs the test-only $pkg"; done
  # On a project of its own: not even the demo's headers.
  rm -f "$work/apt.log"
  mkdir -p "$work/project"
  echo "+ tools/lint.sh PROJECT (LLVM 22)"
  TXSCOPE_LLVM_VERSION=22 bash "$work/tools/lint.sh" "$work/project" >/dev/null 2>&1
  has clang-tidy-22 || fail "lint.sh PROJECT does not install clang-tidy-22"
  has libpqxx-dev && fail "lint.sh PROJECT installs the demo's libpqxx-dev"
  # The test suite: everything its tests use.
  rm -f "$work/apt.log"
  echo "+ tools/test.sh (LLVM 14 and 22, sanitizer build for 14)"
  TXSCOPE_LLVM_VERSIONS="14 22" TXSCOPE_SANITIZER_LLVM=14 bash "$work/tools/test.sh" >/dev/null 2>&1
  for pkg in $test_only clang-tidy-14 clang-tidy-22 clangd-22 clang-14 libclang-rt-14-dev libgtest-dev libpqxx-dev python3 git; do
    has "$pkg" || { installed; fail "test.sh does not install $pkg"; }
  done
  ;;
*)
  fail "unknown subtest $subtest"
  ;;
esac
echo "PASS: $subtest"
