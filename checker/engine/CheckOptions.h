//===- CheckOptions.h - The check's name and option values ------*- C++ -*-===//
//
// Shared by every front end that reads the check's .clang-tidy options: the
// clang-tidy module, the txscope command's SARIF rule and the clangd wrapper.
//
//===----------------------------------------------------------------------===//
#ifndef TXSCOPE_ENGINE_CHECKOPTIONS_H
#define TXSCOPE_ENGINE_CHECKOPTIONS_H

#include "Analyzer.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <optional>
#include <string>

namespace txscope {

inline constexpr char CheckName[] = "txscope-task-outlives-transaction";

/// clang-tidy's spelling of booleans: true/false, 1/0, on/off, yes/no (any
/// case, surrounding blanks ignored); nullopt for anything else.
std::optional<bool> parseBoolOption(llvm::StringRef Value);

/// The engine options from the check's options StrictMode and StepBudget;
/// \p Get returns an option's text or the given default. On an invalid value
/// \p Error says why (worded as clang-tidy words configuration errors).
std::optional<AnalysisOptions>
analysisOptionsFrom(llvm::function_ref<std::string(llvm::StringRef, llvm::StringRef)> Get,
                    std::string &Error);

/// A positive whole number (StepBudget); nullopt for anything else.
std::optional<uint64_t> parseCountOption(llvm::StringRef Value);

/// The error for an invalid value of option \p Option, worded as clang-tidy
/// words configuration errors; \p Expected says what is accepted.
std::string invalidOptionMessage(llvm::StringRef Option, llvm::StringRef Value,
                                 llvm::StringRef Expected);

} // namespace txscope

#endif
