//===- UnitOrder.cpp - Which units to analyse first ----------------------===//
#include "UnitOrder.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include <algorithm>

namespace txscope::cli {

/// The stems of the files \p Text includes (`#include "db/utils.h"`: utils).
static std::vector<llvm::StringRef> includedStems(llvm::StringRef Text) {
  std::vector<llvm::StringRef> Stems;
  while (!Text.empty()) {
    llvm::StringRef Line;
    std::tie(Line, Text) = Text.split('\n');
    Line = Line.ltrim();
    if (!Line.consume_front("#"))
      continue;
    Line = Line.ltrim();
    if (!Line.consume_front("include"))
      continue;
    Line = Line.ltrim();
    if (Line.empty() || (Line.front() != '"' && Line.front() != '<'))
      continue;
    llvm::StringRef Name = Line.drop_front().take_until([](char C) { return C == '"' || C == '>'; });
    Stems.push_back(llvm::sys::path::stem(Name));
  }
  return Stems;
}

std::vector<size_t> definersFirst(const std::vector<std::string> &Files) {
  llvm::StringMap<unsigned> Includers;
  std::vector<std::unique_ptr<llvm::MemoryBuffer>> Texts; // (the stems point into them)
  for (const std::string &File : Files) {
    auto Buffer = llvm::MemoryBuffer::getFile(File);
    if (!Buffer)
      continue;
    std::vector<llvm::StringRef> Stems = includedStems((*Buffer)->getBuffer());
    std::sort(Stems.begin(), Stems.end());
    Stems.erase(std::unique(Stems.begin(), Stems.end()), Stems.end());
    for (llvm::StringRef Stem : Stems)
      ++Includers[Stem];
    Texts.push_back(std::move(*Buffer));
  }
  std::vector<unsigned> Score(Files.size());
  for (size_t I = 0; I < Files.size(); ++I)
    Score[I] = Includers.lookup(llvm::sys::path::stem(Files[I]));
  std::vector<size_t> Order(Files.size());
  for (size_t I = 0; I < Order.size(); ++I)
    Order[I] = I;
  std::stable_sort(Order.begin(), Order.end(), [&](size_t A, size_t B) { return Score[A] > Score[B]; });
  return Order;
}

} // namespace txscope::cli
