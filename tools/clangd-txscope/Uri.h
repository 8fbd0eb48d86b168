//===- Uri.h - file: URIs ---------------------------------------*- C++ -*-===//
#ifndef TXSCOPE_CLANGD_URI_H
#define TXSCOPE_CLANGD_URI_H

#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>

namespace txscope::lsp {

/// file:///a%20b/c.cpp -> /a b/c.cpp; nullopt for other schemes.
std::optional<std::string> uriToPath(llvm::StringRef Uri);
/// /a b/c.cpp -> file:///a%20b/c.cpp
std::string pathToUri(llvm::StringRef Path);

} // namespace txscope::lsp

#endif
