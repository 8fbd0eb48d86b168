//===- CheckOptions.h - The checks' names and option values -----*- C++ -*-===//
//
// Shared by every front end that reads the checks' .clang-tidy options: the
// clang-tidy module, the txscope command's SARIF rules and the clangd
// wrapper. Each check (Finding.h's CheckId, named by checkName()) reads its
// options under its own name: `txscope-concurrent-transaction-use.StrictMode`
// configures only that check.
//
//===----------------------------------------------------------------------===//
#ifndef TXSCOPE_ENGINE_CHECKOPTIONS_H
#define TXSCOPE_ENGINE_CHECKOPTIONS_H

#include "Analyzer.h"
#include "Finding.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <optional>
#include <string>

namespace txscope {

/// Every check, in the order front ends list them (SARIF rule indices).
inline constexpr CheckId AllChecks[] = {CheckId::TaskOutlivesTransaction,
                                        CheckId::ConcurrentTransactionUse};

/// The check named \p Name (as checkName() spells it); nullopt for any other.
std::optional<CheckId> checkNamed(llvm::StringRef Name);

/// Sets whether \p Options computes the findings of \p Check.
void setCheckEnabled(AnalysisOptions &Options, CheckId Check, bool Enabled);
/// Whether \p Options computes the findings of \p Check.
bool isCheckEnabled(const AnalysisOptions &Options, CheckId Check);

/// clang-tidy's spelling of booleans: true/false, 1/0, on/off, yes/no (any
/// case, surrounding blanks ignored); nullopt for anything else.
std::optional<bool> parseBoolOption(llvm::StringRef Value);

/// The engine options of check \p Check from its options StrictMode and
/// StepBudget; \p Get returns one of its options' text (by the option's
/// short name, "StrictMode") or the given default. Only \p Check's findings
/// are enabled in the result. On an invalid value \p Error says why
/// (worded as clang-tidy words configuration errors, naming \p Check).
std::optional<AnalysisOptions>
analysisOptionsFrom(CheckId Check,
                    llvm::function_ref<std::string(llvm::StringRef, llvm::StringRef)> Get,
                    std::string &Error);

/// A positive whole number (StepBudget); nullopt for anything else.
std::optional<uint64_t> parseCountOption(llvm::StringRef Value);

/// The error for an invalid value of option \p Option of check \p Check,
/// worded as clang-tidy words configuration errors; \p Expected says what
/// is accepted.
std::string invalidOptionMessage(CheckId Check, llvm::StringRef Option, llvm::StringRef Value,
                                 llvm::StringRef Expected);

} // namespace txscope

#endif
