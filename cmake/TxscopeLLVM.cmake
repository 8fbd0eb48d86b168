# Locates one Debian/apt.llvm.org style LLVM installation (/usr/lib/llvm-N)
# and defines the imported target txscope::clang (headers + the shared
# libclang-cpp and libLLVM). We do not use find_package(Clang): its exported
# targets insist that every Clang tool binary is installed.
set(TXSCOPE_LLVM_VERSION "" CACHE STRING "LLVM major version to build against (default: newest installed)")
# Plugins for several versions at once (cmake/PluginVersions.cmake); the
# newest of them is the version of the tools when none is named.
set(TXSCOPE_LLVM_VERSIONS "" CACHE STRING "LLVM major versions to build the clang-tidy plugin for, e.g. \"14;22\" (default: TXSCOPE_LLVM_VERSION)")
foreach(_v IN LISTS TXSCOPE_LLVM_VERSIONS)
  if(NOT _v MATCHES "^[0-9]+$")
    message(FATAL_ERROR "TXSCOPE_LLVM_VERSIONS: '${_v}' is not an LLVM major version (e.g. \"14;22\")")
  endif()
endforeach()
if(NOT TXSCOPE_LLVM_VERSION AND TXSCOPE_LLVM_VERSIONS)
  set(_sorted ${TXSCOPE_LLVM_VERSIONS})
  list(SORT _sorted COMPARE NATURAL ORDER DESCENDING)
  list(GET _sorted 0 _newest)
  set(TXSCOPE_LLVM_VERSION ${_newest} CACHE STRING "LLVM major version to build against" FORCE)
endif()

if(NOT TXSCOPE_LLVM_VERSION)
  file(GLOB _txscope_candidates /usr/lib/llvm-*/include/clang-tidy/ClangTidyCheck.h)
  set(_best 0)
  foreach(_c IN LISTS _txscope_candidates)
    string(REGEX MATCH "llvm-([0-9]+)/" _m "${_c}")
    if(CMAKE_MATCH_1 GREATER _best)
      set(_best ${CMAKE_MATCH_1})
    endif()
  endforeach()
  if(_best EQUAL 0)
    message(FATAL_ERROR "No LLVM with clang-tidy headers found under /usr/lib/llvm-*; install libclang-N-dev and clang-tidy-N")
  endif()
  set(TXSCOPE_LLVM_VERSION ${_best} CACHE STRING "LLVM major version to build against" FORCE)
endif()

if(NOT TXSCOPE_LLVM_VERSIONS)
  set(TXSCOPE_LLVM_VERSIONS ${TXSCOPE_LLVM_VERSION} CACHE STRING "LLVM major versions to build the clang-tidy plugin for" FORCE)
endif()

set(TXSCOPE_LLVM_ROOT "/usr/lib/llvm-${TXSCOPE_LLVM_VERSION}" CACHE PATH "Root of the LLVM installation")
set(_inc "${TXSCOPE_LLVM_ROOT}/include")
find_library(TXSCOPE_CLANG_CPP NAMES clang-cpp PATHS "${TXSCOPE_LLVM_ROOT}/lib" NO_DEFAULT_PATH)
find_library(TXSCOPE_LIBLLVM NAMES LLVM LLVM-${TXSCOPE_LLVM_VERSION} PATHS "${TXSCOPE_LLVM_ROOT}/lib" NO_DEFAULT_PATH)
if(NOT EXISTS "${_inc}/clang-tidy/ClangTidyCheck.h" OR NOT TXSCOPE_CLANG_CPP OR NOT TXSCOPE_LIBLLVM)
  message(FATAL_ERROR "LLVM ${TXSCOPE_LLVM_VERSION} is incomplete under ${TXSCOPE_LLVM_ROOT}: "
                      "need libclang-${TXSCOPE_LLVM_VERSION}-dev, libclang-cpp${TXSCOPE_LLVM_VERSION}-dev, "
                      "llvm-${TXSCOPE_LLVM_VERSION}-dev and clang-tidy-${TXSCOPE_LLVM_VERSION}")
endif()

# The resource directory (builtin headers such as stddef.h) for in-process
# parsing: lib/clang/<full version> up to LLVM 15, lib/clang/<major> after.
file(GLOB TXSCOPE_RESOURCE_DIR LIST_DIRECTORIES true "${TXSCOPE_LLVM_ROOT}/lib/clang/*")
list(GET TXSCOPE_RESOURCE_DIR 0 TXSCOPE_RESOURCE_DIR)

# clang-tidy's driver library, for the standalone txscope command only (never
# for the plugin: see checker/CMakeLists.txt).
find_library(TXSCOPE_CLANG_TIDY_STATIC NAMES libclangTidy.a PATHS "${TXSCOPE_LLVM_ROOT}/lib" NO_DEFAULT_PATH)

find_program(TXSCOPE_CLANG_TIDY NAMES clang-tidy-${TXSCOPE_LLVM_VERSION} clang-tidy
             PATHS "${TXSCOPE_LLVM_ROOT}/bin" NO_DEFAULT_PATH)

add_library(txscope_clang INTERFACE)
add_library(txscope::clang ALIAS txscope_clang)
target_include_directories(txscope_clang SYSTEM INTERFACE "${_inc}")
target_link_libraries(txscope_clang INTERFACE "${TXSCOPE_CLANG_CPP}" "${TXSCOPE_LIBLLVM}")
# LLVM is built without RTTI; classes deriving from its types must match.
target_compile_options(txscope_clang INTERFACE -fno-rtti)
target_compile_definitions(txscope_clang INTERFACE
  TXSCOPE_LLVM_MAJOR=${TXSCOPE_LLVM_VERSION} _GNU_SOURCE __STDC_CONSTANT_MACROS
  __STDC_FORMAT_MACROS __STDC_LIMIT_MACROS)

message(STATUS "txscope: LLVM ${TXSCOPE_LLVM_VERSION} at ${TXSCOPE_LLVM_ROOT}; clang-tidy: ${TXSCOPE_CLANG_TIDY}")
