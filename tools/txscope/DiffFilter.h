//===- DiffFilter.h - Only findings on changed lines ------------*- C++ -*-===//
#ifndef TXSCOPE_TOOLS_DIFFFILTER_H
#define TXSCOPE_TOOLS_DIFFFILTER_H

#include "Report.h"
#include "llvm/Support/Error.h"
#include <map>
#include <set>

namespace txscope::cli {

/// The lines a unified diff adds or changes, per file (absolute paths).
class ChangedLines {
public:
  /// Parses \p Diff (`git diff` or `diff -u` output); paths in its `+++`
  /// headers are relative to \p Root (a leading `b/` is dropped).
  static llvm::Expected<ChangedLines> parse(llvm::StringRef Diff, llvm::StringRef Root,
                                            llvm::StringRef Source);
  bool contains(const Location &Loc) const;
  /// Whether the warning or any of its notes lies on a changed line.
  bool touches(const ReportedFinding &F) const;

private:
  std::map<std::string, std::set<unsigned>> Lines;
};

/// Runs `git diff -U0 Rev` in \p Root.
llvm::Expected<std::string> gitDiff(llvm::StringRef Root, llvm::StringRef Rev);

} // namespace txscope::cli

#endif
