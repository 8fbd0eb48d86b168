# cpack -G DEB (in the build directory): txscope_<version>_amd64.deb, the
# cmake --install tree under /usr, depending on the Debian packages that hold
# the LLVM libraries and builtin headers each plugin and tool needs.

# The Debian package owning FILE (resolved through symlinks), into OUT; empty
# when dpkg does not know it.
function(txscope_owning_package FILE OUT)
  set(_pkg "")
  get_filename_component(_real "${FILE}" REALPATH)
  execute_process(COMMAND dpkg-query -S "${_real}" OUTPUT_VARIABLE _owner ERROR_QUIET RESULT_VARIABLE _rc)
  if(_rc EQUAL 0 AND _owner MATCHES "^([^:, ]+)(:[a-z0-9]+)?: ")
    set(_pkg "${CMAKE_MATCH_1}")
  endif()
  set(${OUT} "${_pkg}" PARENT_SCOPE)
endfunction()

set(_depends libc6 libstdc++6)
set(_recommends "")
foreach(_v IN LISTS TXSCOPE_LLVM_VERSIONS)
  set(_root "/usr/lib/llvm-${_v}")
  file(GLOB _needed "${_root}/lib/libclang-cpp.so.${_v}*" "${_root}/lib/libLLVM-${_v}.so.*"
                    "${_root}/lib/libLLVM.so.${_v}*")
  file(GLOB _resource LIST_DIRECTORIES true "${_root}/lib/clang/*/include/stddef.h")
  foreach(_file IN LISTS _needed _resource)
    txscope_owning_package("${_file}" _pkg)
    if(_pkg)
      list(APPEND _depends "${_pkg}")
    endif()
  endforeach()
  list(APPEND _recommends "clang-tidy-${_v}")
endforeach()
list(APPEND _recommends "clangd-${TXSCOPE_LLVM_VERSION}")
list(REMOVE_DUPLICATES _depends)
list(JOIN _depends ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
list(JOIN _recommends ", " CPACK_DEBIAN_PACKAGE_RECOMMENDS)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME txscope)
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "txscope maintainers <txscope@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "clang-tidy check for asynchronous tasks that outlive database transactions")
list(JOIN TXSCOPE_LLVM_VERSIONS ", " _versions)
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "clang-tidy plugin (LLVM ${_versions}), the txscope command for CI and the clangd-txscope editor wrapper.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
# gzip: a few seconds for the ~100 MB of tools, where xz takes minutes.
set(CPACK_DEBIAN_COMPRESSION_TYPE gzip)
include(CPack)
