# Plugins for several LLVM versions in one build:
#   cmake -DTXSCOPE_LLVM_VERSIONS="14;22" ...
# The tools (txscope, clangd-txscope) and lib/txscope-<TXSCOPE_LLVM_VERSION>.so
# are built here; each other version's plugin is built by a nested build of
# this project (<build>/plugin-llvm-N, only its txscope_plugin target) and
# copied to lib/txscope-N.so, beside the loader lib/txscope.so that picks the
# one matching the clang-tidy that loads it. Included after the plugin target
# exists; the default builds the one version.
include(ExternalProject)
foreach(_v IN LISTS TXSCOPE_LLVM_VERSIONS)
  if(_v STREQUAL TXSCOPE_LLVM_VERSION)
    continue()
  endif()
  if(NOT EXISTS "/usr/lib/llvm-${_v}/include/clang-tidy/ClangTidyCheck.h")
    message(FATAL_ERROR "TXSCOPE_LLVM_VERSIONS: LLVM ${_v} is not installed; install "
                        "libclang-${_v}-dev libclang-cpp${_v}-dev llvm-${_v}-dev clang-tidy-${_v}")
  endif()
  set(_dir "${CMAKE_BINARY_DIR}/plugin-llvm-${_v}")
  ExternalProject_Add(txscope_plugin_llvm${_v}
    SOURCE_DIR "${PROJECT_SOURCE_DIR}"
    BINARY_DIR "${_dir}"
    CMAKE_ARGS -DTXSCOPE_LLVM_VERSION=${_v} -DTXSCOPE_LLVM_VERSIONS=${_v}
               -DCMAKE_BUILD_TYPE=${CMAKE_BUILD_TYPE} -DCMAKE_CXX_COMPILER=${CMAKE_CXX_COMPILER}
               -DTXSCOPE_SANITIZE=${TXSCOPE_SANITIZE}
    BUILD_COMMAND ${CMAKE_COMMAND} --build "${_dir}" --target txscope_plugin
    INSTALL_COMMAND ${CMAKE_COMMAND} -E copy "${_dir}/lib/txscope-${_v}.so" "${CMAKE_BINARY_DIR}/lib/"
    BUILD_ALWAYS ON
    BUILD_BYPRODUCTS "${CMAKE_BINARY_DIR}/lib/txscope-${_v}.so")
  add_dependencies(txscope_plugin_loader txscope_plugin_llvm${_v})
  install(FILES "${CMAKE_BINARY_DIR}/lib/txscope-${_v}.so" DESTINATION "${TXSCOPE_INSTALL_PLUGINDIR}")
endforeach()
