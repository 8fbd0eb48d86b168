//===- RuleFilePaths.h - Where the RuleFiles option points ------*- C++ -*-===//
#ifndef TXSCOPE_ENGINE_RULEFILEPATHS_H
#define TXSCOPE_ENGINE_RULEFILEPATHS_H

#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace txscope {

/// Splits the semicolon-separated RuleFiles option. Relative paths are
/// relative to the directory of the .clang-tidy file that configures
/// \p SourceFile: the nearest one found walking up from its directory (the
/// current directory when there is none).
std::vector<std::string> resolveRuleFiles(llvm::StringRef Option, llvm::StringRef SourceFile);

} // namespace txscope

#endif
