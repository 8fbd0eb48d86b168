//===- RuleParser.h - Reads and validates YAML rule packs -------*- C++ -*-===//
#ifndef TXSCOPE_ENGINE_RULEPARSER_H
#define TXSCOPE_ENGINE_RULEPARSER_H

#include "Rules.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

namespace txscope {

/// Parses and validates one rule pack (schema: rules/README.md). On error the
/// message reads "FILE:LINE:COL: error: WHAT" and names the offending key.
llvm::Expected<RulePack> parseRulePack(llvm::StringRef Text,
                                       llvm::StringRef FileName);

} // namespace txscope

#endif
