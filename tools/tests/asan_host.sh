# Sourced by the tests that load this build's plugin into a program built
# without sanitizers (clang-tidy, python3). In the sanitizer build
# (TXSCOPE_ASAN_RUNTIME set) "${host_env[@]}" COMMAND runs it with the ASan
# runtime preloaded, with the options checker/support/RunProgram.cpp uses;
# otherwise as it is.
host_env=()
if [ -n "${TXSCOPE_ASAN_RUNTIME:-}" ]; then
  host_env=(env "LD_PRELOAD=$TXSCOPE_ASAN_RUNTIME" "ASAN_OPTIONS=detect_leaks=0:allow_user_poisoning=0")
fi
