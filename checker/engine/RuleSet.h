//===- RuleSet.h - The packs in force for one analysis ----------*- C++ -*-===//
#ifndef TXSCOPE_ENGINE_RULESET_H
#define TXSCOPE_ENGINE_RULESET_H

#include "Rules.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include <string>
#include <vector>

namespace txscope {

/// Loads the built-in packs selected by \p PacksOption ("all", or a comma or
/// semicolon separated list of pack names; an unknown name is an error that
/// lists the known ones) followed by every file in \p RuleFiles (paths are
/// used as given; a file that cannot be read or parsed is an error naming it).
llvm::Expected<std::vector<RulePack>>
loadRulePacks(llvm::StringRef PacksOption, llvm::ArrayRef<std::string> RuleFiles);

} // namespace txscope

#endif
