//===- SourceText.h - Lines of the files findings point into ---*- C++ -*-===//
#ifndef TXSCOPE_TOOLS_SOURCETEXT_H
#define TXSCOPE_TOOLS_SOURCETEXT_H

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include <mutex>
#include <string>
#include <vector>

namespace txscope::cli {

/// Reads each file once and answers line/column and line-text questions.
class SourceText {
public:
  /// 1-based line and column of byte \p Offset in \p File (0, 0 if unreadable).
  std::pair<unsigned, unsigned> lineColumn(llvm::StringRef File, unsigned Offset);
  /// Line \p Line of \p File with runs of white space folded to one space
  /// and trimmed: what a finding's key uses instead of the line number.
  std::string normalizedLine(llvm::StringRef File, unsigned Line);

private:
  struct Text {
    std::string Content;
    std::vector<unsigned> LineStarts;
  };
  const Text &load(llvm::StringRef File);

  std::mutex Lock;
  llvm::StringMap<Text> Files;
};

} // namespace txscope::cli

#endif
