//===- SourceText.cpp - Lines of the files findings point into -----------===//
#include "SourceText.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/MemoryBuffer.h"
#include <algorithm>

namespace txscope::cli {

const SourceText::Text &SourceText::load(llvm::StringRef File) {
  auto It = Files.find(File);
  if (It != Files.end())
    return It->second;
  Text T;
  if (auto Buffer = llvm::MemoryBuffer::getFile(File))
    T.Content = (*Buffer)->getBuffer().str();
  T.LineStarts.push_back(0);
  for (unsigned I = 0; I < T.Content.size(); ++I)
    if (T.Content[I] == '\n')
      T.LineStarts.push_back(I + 1);
  return Files.try_emplace(File, std::move(T)).first->second;
}

std::pair<unsigned, unsigned> SourceText::lineColumn(llvm::StringRef File, unsigned Offset) {
  std::lock_guard<std::mutex> Guard(Lock);
  const Text &T = load(File);
  if (T.Content.empty() || Offset > T.Content.size())
    return {0, 0};
  auto Next = std::upper_bound(T.LineStarts.begin(), T.LineStarts.end(), Offset);
  unsigned Line = unsigned(Next - T.LineStarts.begin());
  return {Line, Offset - T.LineStarts[Line - 1] + 1};
}

std::string SourceText::normalizedLine(llvm::StringRef File, unsigned Line) {
  std::lock_guard<std::mutex> Guard(Lock);
  const Text &T = load(File);
  if (Line == 0 || Line > T.LineStarts.size())
    return std::string();
  llvm::StringRef Rest = llvm::StringRef(T.Content).drop_front(T.LineStarts[Line - 1]);
  llvm::StringRef Text = Rest.take_until([](char C) { return C == '\n'; });
  std::string Out;
  bool Space = false;
  for (char C : Text.trim()) {
    if (llvm::isSpace(C)) {
      Space = true;
      continue;
    }
    if (Space && !Out.empty())
      Out += ' ';
    Space = false;
    Out += C;
  }
  return Out;
}

} // namespace txscope::cli
