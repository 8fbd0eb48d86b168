//===- CheckOptions.h - The check's name and option values ------*- C++ -*-===//
//
// Shared by every front end that reads the check's .clang-tidy options: the
// clang-tidy module, the txscope command's SARIF rule and the clangd wrapper.
//
//===----------------------------------------------------------------------===//
#ifndef TXSCOPE_ENGINE_CHECKOPTIONS_H
#define TXSCOPE_ENGINE_CHECKOPTIONS_H

#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>

namespace txscope {

inline constexpr char CheckName[] = "txscope-task-outlives-transaction";

/// clang-tidy's spelling of booleans: true/false, 1/0, on/off, yes/no (any
/// case, surrounding blanks ignored); nullopt for anything else.
std::optional<bool> parseBoolOption(llvm::StringRef Value);

/// The error for an invalid StrictMode value, worded as clang-tidy words
/// configuration errors.
std::string invalidStrictModeMessage(llvm::StringRef Value);

} // namespace txscope

#endif
