//===- JsonNesting.h - How deep a JSON text nests ---------------*- C++ -*-===//
//
// llvm::json::parse recurses once per level of nesting: a file or message of
// a hundred thousand '[' overflows the stack (SPEC §7: never a crash). What
// may be hostile — a summary file, a baseline, a SARIF log, LSP traffic — is
// measured first; none of them nests more than a few levels.
//
//===----------------------------------------------------------------------===//
#ifndef TXSCOPE_ENGINE_JSONNESTING_H
#define TXSCOPE_ENGINE_JSONNESTING_H

#include "llvm/ADT/StringRef.h"

namespace txscope {

constexpr unsigned MaxJsonNesting = 256;

/// Whether \p Text nests JSON arrays and objects at most \p Limit deep.
bool nestingWithin(llvm::StringRef Text, unsigned Limit = MaxJsonNesting);

} // namespace txscope

#endif
