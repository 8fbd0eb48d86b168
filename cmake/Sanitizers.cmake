# TXSCOPE_SANITIZE=ON: every target built with AddressSanitizer and
# UndefinedBehaviorSanitizer, any report fatal. Needs clang (the plugin is
# loaded into an uninstrumented clang-tidy, so the ASan runtime must be a
# shared library that can be preloaded there: -shared-libasan).
# TXSCOPE_ASAN_RUNTIME names that library; the tests preload it into the
# clang-tidy processes they start (checker/support/RunProgram).
option(TXSCOPE_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer (clang)" OFF)
set(TXSCOPE_ASAN_RUNTIME "")
if(TXSCOPE_SANITIZE)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "TXSCOPE_SANITIZE=ON needs clang (-DCMAKE_CXX_COMPILER=clang++-N, with "
                        "libclang-rt-N-dev); the compiler is ${CMAKE_CXX_COMPILER_ID}")
  endif()
  execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=libclang_rt.asan-x86_64.so
                  OUTPUT_VARIABLE TXSCOPE_ASAN_RUNTIME OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT EXISTS "${TXSCOPE_ASAN_RUNTIME}")
    message(FATAL_ERROR "No shared ASan runtime next to ${CMAKE_CXX_COMPILER} "
                        "(install libclang-rt-N-dev)")
  endif()
  get_filename_component(_asan_dir "${TXSCOPE_ASAN_RUNTIME}" DIRECTORY)
  # vptr checks need RTTI, which LLVM (and so this project) is built without.
  add_compile_options(-fsanitize=address,undefined -fno-sanitize=vptr -fno-sanitize-recover=undefined
                      -shared-libasan -fno-omit-frame-pointer -gline-tables-only)
  add_link_options(-fsanitize=address,undefined -shared-libasan "-Wl,-rpath,${_asan_dir}")
  message(STATUS "txscope: ASan + UBSan; runtime ${TXSCOPE_ASAN_RUNTIME}")
endif()
