//===- Paths.h - Paths as the reports show them -----------------*- C++ -*-===//
#ifndef TXSCOPE_TOOLS_PATHS_H
#define TXSCOPE_TOOLS_PATHS_H

#include "llvm/ADT/StringRef.h"
#include <string>

namespace txscope::cli {

/// \p File relative to \p Root (with '/' separators) when it lies below it,
/// else \p File unchanged.
std::string relativeTo(llvm::StringRef Root, llvm::StringRef File);

/// \p Text as valid UTF-8 for JSON: file names and compiler messages need
/// not be (invalid bytes become U+FFFD).
std::string jsonText(llvm::StringRef Text);

/// \p Path as the path of a URI: bytes other than unreserved characters and
/// '/' percent-encoded (spaces, non-ASCII and non-UTF-8 names).
std::string uriPath(llvm::StringRef Path);

/// The directory reports are relative to: the git work tree containing the
/// current directory, or the current directory.
std::string defaultSourceRoot();

} // namespace txscope::cli

#endif
