# Shared by the txscope scripts: installing what is missing and building.
# Sourced, not run.

TXSCOPE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Runs a command as root (directly, or through sudo).
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Installs the Debian packages named in the arguments that are not installed yet.
ensure_packages() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "txscope: installing ${missing[*]}" >&2
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

# -h/--help for every script: prints the script's header comment (the lines
# after "#!" up to the first line that is not a comment) and exits 0, when
# one of the arguments before any "--" asks for it.
#   handle_help "$0" "$@"
handle_help() {
  local script="$1"; shift
  for arg in "$@"; do
    [ "$arg" = "--" ] && return 0
    if [ "$arg" = "-h" ] || [ "$arg" = "--help" ]; then
      sed -n '2,/^[^#]/{/^#/!q;s/^# \{0,1\}//;p}' "$script"
      exit 0
    fi
  done
}

# The packages to build the plugin and the tools for LLVM $1 (the build
# configures the unit tests too, hence GoogleTest) ...
llvm_packages() {
  echo "libclang-$1-dev libclang-cpp$1-dev llvm-$1-dev clang-tidy-$1 clangd-$1 libclang-common-$1-dev"
}
build_packages() {
  echo "cmake ninja-build g++ libgtest-dev"
}
# ... the headers the demo project (test-inputs/demo) includes ...
demo_packages() {
  echo "libpqxx-dev"
}
# ... and what the tests need beyond that: the modelled libraries' headers,
# git, python3, neovim (the clangd tests).
test_packages() {
  echo "$(build_packages) $(demo_packages) git python3 neovim libboost-dev libasio-dev libpq-dev libsqlite3-dev libsqlitecpp-dev libsoci-dev qtbase5-dev qt6-base-dev libtbb-dev"
}
# (tools/bench, tools/fuzz and tools/realworld install all of them.)
library_packages() {
  test_packages
}

# The newest LLVM with everything the plugin needs, or nothing.
newest_complete_llvm() {
  local best=""
  for dir in /usr/lib/llvm-*; do
    local v="${dir##*-}"
    [ -f "$dir/include/clang-tidy/ClangTidyCheck.h" ] && [ -e "$dir/lib/libclang-cpp.so" ] &&
      [ -x "$dir/bin/clang-tidy" ] || continue
    if [ -z "$best" ] || [ "$v" -gt "$best" ]; then best="$v"; fi
  done
  echo "$best"
}

# build_tree NAME VERSION [CMAKE_ARGS...]: configures (once) and builds
# build/NAME in Release against LLVM VERSION (only the targets in
# TXSCOPE_BUILD_TARGETS when set); prints the directory. The build's own
# output goes to build/NAME/build.log, shown on failure.
build_tree() {
  local name="$1" version="$2" dir="$TXSCOPE_ROOT/build/$1"
  shift 2
  mkdir -p "$dir"
  echo "txscope: building $name (LLVM $version) in $dir" >&2
  if ! { [ -f "$dir/CMakeCache.txt" ] ||
           cmake -S "$TXSCOPE_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
             -DTXSCOPE_LLVM_VERSION="$version" "$@"; } >"$dir/build.log" 2>&1 ||
     ! cmake --build "$dir" -j "${TXSCOPE_JOBS:-$(nproc)}" ${TXSCOPE_BUILD_TARGETS:+--target $TXSCOPE_BUILD_TARGETS} \
        >>"$dir/build.log" 2>&1; then
    cat "$dir/build.log" >&2
    echo "txscope: the build $name failed" >&2
    return 1
  fi
  echo "$dir"
}

# The Release build for LLVM $1 (the plugin, the tools, the tests).
build_for_llvm() {
  build_tree "llvm-$1" "$1"
}

# The packages of the sanitizer build: clang and its runtimes (ASan, UBSan,
# libFuzzer) for LLVM $1.
sanitizer_packages() {
  echo "clang-$1 libclang-rt-$1-dev"
}

# The ASan + UBSan build for LLVM $1, with the libFuzzer targets (clang).
build_sanitized() {
  build_tree "sanitize-$1" "$1" -DCMAKE_CXX_COMPILER="clang++-$1" -DTXSCOPE_SANITIZE=ON \
    -DTXSCOPE_FUZZERS=ON
}
