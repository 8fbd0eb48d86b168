//===- TextEdits.h - LSP positions and content changes ----------*- C++ -*-===//
//
// LSP positions count UTF-16 code units within a line (the protocol's
// default encoding, which clangd also uses unless told otherwise).
//
//===----------------------------------------------------------------------===//
#ifndef TXSCOPE_CLANGD_TEXTEDITS_H
#define TXSCOPE_CLANGD_TEXTEDITS_H

#include "llvm/Support/JSON.h"
#include <optional>
#include <string>

namespace txscope::lsp {

/// The byte offset of (Line, Character) in \p Text; nullopt when the line
/// does not exist (a character past the line's end clamps to it).
std::optional<size_t> byteOffset(llvm::StringRef Text, int64_t Line, int64_t Character);

/// The UTF-16 column of the byte \p ByteColumn (0-based) of \p LineText.
unsigned utf16Column(llvm::StringRef LineText, unsigned ByteColumn);

/// Applies one entry of didChange's contentChanges (a full text, or a range
/// and its replacement) to \p Text; false when the entry is malformed.
bool applyContentChange(std::string &Text, const llvm::json::Object &Change);

} // namespace txscope::lsp

#endif
