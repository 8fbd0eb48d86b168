# The clangd-txscope sources other than Main.cpp, named once: the program
# (CMakeLists.txt here) and the fuzz targets (fuzz/CMakeLists.txt) both build
# from these lists, so a new source file cannot reach one and miss the other.
set(TXSCOPE_CLANGD_DIR "${CMAKE_CURRENT_LIST_DIR}")
# The pure text and URI helpers, which need nothing else.
set(TXSCOPE_CLANGD_TEXT_SOURCES
  "${TXSCOPE_CLANGD_DIR}/Nolint.cpp"
  "${TXSCOPE_CLANGD_DIR}/TextEdits.cpp"
  "${TXSCOPE_CLANGD_DIR}/Uri.cpp")
# The proxy and the document analyser, which link the engine.
set(TXSCOPE_CLANGD_PROXY_SOURCES
  "${TXSCOPE_CLANGD_DIR}/DocumentAnalyzer.cpp"
  "${TXSCOPE_CLANGD_DIR}/DocumentSummaries.cpp"
  "${TXSCOPE_CLANGD_DIR}/LspChannel.cpp"
  "${TXSCOPE_CLANGD_DIR}/ParsedUnit.cpp"
  "${TXSCOPE_CLANGD_DIR}/Proxy.cpp")
