# Sourced by the txscope command's end-to-end tests: copies
# test-inputs/$1 to a scratch directory, configures it with CMake
# (CMAKE_EXPORT_COMPILE_COMMANDS=ON), changes into it and defines the
# helpers below. The caller sets $txscope.
here="$(cd "$(dirname "${BASH_SOURCE[1]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
proj="$work/project"
cp -r "$root/test-inputs/$1" "$proj"
cmake -S "$proj" -B "$proj/build" -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null || { echo "cmake failed"; exit 1; }
cd "$proj" || exit 1

fail() { echo "FAIL: $*"; exit 1; }
# run NAME ARGS...: runs txscope, leaving stdout in $work/NAME.out, stderr in
# $work/NAME.err and the exit status in $status.
run() {
  local name="$1"; shift
  echo "+ txscope $*"
  "$txscope" "$@" >"$work/$name.out" 2>"$work/$name.err"
  status=$?
}
expect_status() { [ "$status" -eq "$1" ] || { cat "$work/$2.out" "$work/$2.err"; fail "exit status $status, expected $1"; }; }
