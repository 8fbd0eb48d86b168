# cmake --install BUILD [--prefix DIR]: the tools, the plugin loader and every
# plugin built here, the docs and the rule packs (as examples: the plugin has
# them compiled in).
#   bin/txscope, bin/clangd-txscope
#   lib/txscope/txscope.so (loader), lib/txscope/txscope-N.so
#   share/doc/txscope/ (README.md, docs/, rules/README.md)
#   share/txscope/rules/*.yaml
set(TXSCOPE_INSTALL_PLUGINDIR "lib/txscope" CACHE STRING "Where the clang-tidy plugins go, relative to the prefix")

# The LLVM libraries stay where Debian puts them.
set_target_properties(txscope clangd-txscope txscope_plugin PROPERTIES INSTALL_RPATH "${TXSCOPE_LLVM_ROOT}/lib")
install(TARGETS txscope clangd-txscope RUNTIME DESTINATION bin)
install(TARGETS txscope_plugin_loader txscope_plugin LIBRARY DESTINATION "${TXSCOPE_INSTALL_PLUGINDIR}")
install(FILES README.md DESTINATION share/doc/txscope)
install(DIRECTORY docs/ DESTINATION share/doc/txscope/docs)
install(FILES rules/README.md DESTINATION share/doc/txscope/rules)
file(GLOB _packs "${PROJECT_SOURCE_DIR}/rules/*.yaml")
install(FILES ${_packs} DESTINATION share/txscope/rules)
