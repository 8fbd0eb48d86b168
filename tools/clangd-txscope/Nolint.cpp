//===- Nolint.cpp - NOLINT comments, as clang-tidy reads them -------------===//
#include "Nolint.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"

namespace txscope::lsp {

/// Whether \p Name matches \p Glob, in which '*' matches any run of
/// characters and every other character itself (clang-tidy's check globs).
/// Greedy, backtracking to the last '*' only: O(|Glob| * |Name|).
/// (llvm::GlobPattern backtracks exponentially in the number of '*': a
/// NOLINT comment with twenty of them hung the analysis thread.)
static bool globMatches(llvm::StringRef Glob, llvm::StringRef Name) {
  size_t G = 0, N = 0, Star = llvm::StringRef::npos, StarName = 0;
  while (N < Name.size()) {
    if (G < Glob.size() && Glob[G] == '*') {
      Star = G++;
      StarName = N;
    } else if (G < Glob.size() && Glob[G] == Name[N]) {
      ++G;
      ++N;
    } else if (Star != llvm::StringRef::npos) {
      G = Star + 1;
      N = ++StarName;
    } else {
      return false;
    }
  }
  while (G < Glob.size() && Glob[G] == '*')
    ++G;
  return G == Glob.size();
}

/// Whether the optional "(check, ...)" list right at the start of \p Rest
/// covers \p Check.
static bool listCovers(llvm::StringRef Rest, llvm::StringRef Check) {
  if (!Rest.consume_front("("))
    return true;
  llvm::StringRef List = Rest.take_until([](char C) { return C == ')'; });
  llvm::SmallVector<llvm::StringRef, 4> Globs;
  List.split(Globs, ',');
  for (llvm::StringRef Glob : Globs)
    if (globMatches(Glob.trim(), Check))
      return true;
  return false;
}

/// Whether \p LineText holds the directive \p Kind ("NOLINT",
/// "NOLINTNEXTLINE", ...) for \p Check; NOLINT does not match its longer
/// relatives.
static bool hasDirective(llvm::StringRef LineText, llvm::StringRef Kind, llvm::StringRef Check) {
  for (size_t At = LineText.find(Kind); At != llvm::StringRef::npos;
       At = LineText.find(Kind, At + 1)) {
    llvm::StringRef Rest = LineText.drop_front(At + Kind.size());
    if (!Rest.empty() && (llvm::isAlnum(Rest.front()) || Rest.front() == '_'))
      continue; // NOLINTNEXTLINE when looking for NOLINT
    if (listCovers(Rest, Check))
      return true;
  }
  return false;
}

bool isSuppressed(llvm::StringRef Text, unsigned Line, llvm::StringRef Check) {
  llvm::SmallVector<llvm::StringRef, 0> Lines;
  Text.split(Lines, '\n');
  if (Line == 0 || Line > Lines.size())
    return false;
  if (hasDirective(Lines[Line - 1], "NOLINT", Check))
    return true;
  if (Line >= 2 && hasDirective(Lines[Line - 2], "NOLINTNEXTLINE", Check))
    return true;
  int Open = 0;
  for (unsigned L = 0; L + 1 < Line; ++L) {
    if (hasDirective(Lines[L], "NOLINTBEGIN", Check))
      ++Open;
    if (hasDirective(Lines[L], "NOLINTEND", Check) && Open > 0)
      --Open;
  }
  return Open > 0;
}

} // namespace txscope::lsp
