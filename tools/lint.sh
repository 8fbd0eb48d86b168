#!/usr/bin/env bash
# The main job: lint the bundled demo project, or the path given, with the
# txscope clang-tidy plugin, printing clang-tidy style findings.
#   tools/lint.sh                    lint test-inputs/demo
#   tools/lint.sh DIR [OPTIONS]      lint every file of DIR's compile_commands.json
#                                    (DIR itself, DIR/build, or a CMake project
#                                    configured here into a scratch directory)
#                                    with the txscope command; OPTIONS are its
#                                    own (--format sarif, -o FILE, ...)
#   tools/lint.sh FILE.cpp [-- FLAGS]  lint one file
#   tools/lint.sh -h | --help        this help
# It installs the Debian packages it lacks (the LLVM, the build tools, and
# for the demo its headers) and builds build/llvm-N.
# Exit status: 0 no findings, 1 findings, 2 setup or usage error, 3 a file
# could not be analysed.
# TXSCOPE_LLVM_VERSION picks the LLVM/clang-tidy version (default: the newest
# complete one installed, else 14, Debian 12's default).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
handle_help "$0" "$@"
case "${1:-}" in
-*) echo "txscope: unknown option $1 (tools/lint.sh --help)" >&2; exit 2 ;;
esac

demo="$TXSCOPE_ROOT/test-inputs/demo"
target="${1:-$demo}"
[ $# -gt 0 ] && shift
version="${TXSCOPE_LLVM_VERSION:-$(newest_complete_llvm)}"
version="${version:-14}"
# What this job needs: the build, and the demo's headers when it is the demo
# (tools/test.sh installs what the tests need).
packages="$(llvm_packages "$version") $(build_packages)"
[ "$(cd "$target" 2>/dev/null && pwd)" = "$demo" ] && packages="$packages $(demo_packages)"
# shellcheck disable=SC2086
ensure_packages $packages
build="$(TXSCOPE_BUILD_TARGETS="txscope txscope_plugin txscope_plugin_loader" build_for_llvm "$version")"
tidy="/usr/lib/llvm-$version/bin/clang-tidy"
plugin="$build/lib/txscope.so"

if [ -f "$target" ]; then
  [ "${1:-}" = "--" ] && shift
  exec "$tidy" --quiet --load="$plugin" --checks='-*,txscope-*' --warnings-as-errors='' "$target" -- "$@"
fi
[ -d "$target" ] || { echo "txscope: no such file or directory: $target" >&2; exit 2; }

# Find or make the compilation database.
db=""
for candidate in "$target" "$target/build"; do
  [ -f "$candidate/compile_commands.json" ] && { db="$candidate"; break; }
done
if [ -z "$db" ] && [ -f "$target/CMakeLists.txt" ]; then
  db="$build/lint/$(echo "$target" | md5sum | cut -c1-12)"
  cmake -S "$target" -B "$db" -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null
fi
[ -n "$db" ] || { echo "txscope: $target has no compile_commands.json (nor a CMakeLists.txt to make one)" >&2; exit 2; }

# The txscope command: the same check over the whole database, in parallel;
# any further arguments are its options (--format sarif, -o FILE, --baseline ...).
exec "$build/bin/txscope" -p "$db" --root "$target" "$@"
