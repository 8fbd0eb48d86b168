//===- Baseline.h - Findings accepted as they are ---------------*- C++ -*-===//
//
// A baseline records the findings of a run so that later runs report only
// new ones. A finding's key must survive edits elsewhere in the file, so it
// holds no line numbers: the file (relative to the source root), the check,
// the message (which names the transaction and how the task outlives it),
// the normalized text of the lines holding the task start and the
// transaction's beginning, and an occurrence index among findings that
// agree on all of these.
//
//===----------------------------------------------------------------------===//
#ifndef TXSCOPE_TOOLS_BASELINE_H
#define TXSCOPE_TOOLS_BASELINE_H

#include "Report.h"
#include "SourceText.h"
#include "llvm/Support/Error.h"
#include <set>

namespace txscope::cli {

/// Fills in the Key of every finding.
void assignKeys(std::vector<ReportedFinding> &Findings, llvm::StringRef Root, SourceText &Sources);

llvm::Error writeBaseline(llvm::StringRef Path, const std::vector<ReportedFinding> &Findings,
                          llvm::StringRef Root);
llvm::Expected<std::set<std::string>> readBaseline(llvm::StringRef Path);

} // namespace txscope::cli

#endif
