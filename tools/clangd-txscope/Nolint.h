//===- Nolint.h - NOLINT comments, as clang-tidy reads them -----*- C++ -*-===//
#ifndef TXSCOPE_CLANGD_NOLINT_H
#define TXSCOPE_CLANGD_NOLINT_H

#include "llvm/ADT/StringRef.h"

namespace txscope::lsp {

/// Whether a diagnostic of \p Check on line \p Line (1-based) of \p Text is
/// suppressed by NOLINT on that line, NOLINTNEXTLINE on the line before, or
/// an enclosing NOLINTBEGIN/NOLINTEND block; each with no check list, or a
/// list naming the check or a glob matching it ("txscope-*", "*").
bool isSuppressed(llvm::StringRef Text, unsigned Line, llvm::StringRef Check);

} // namespace txscope::lsp

#endif
