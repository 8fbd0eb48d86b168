//===- Nolint.cpp - NOLINT comments, as clang-tidy reads them -------------===//
#include "Nolint.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/GlobPattern.h"

namespace txscope::lsp {

/// Whether the optional "(check, ...)" list right at the start of \p Rest
/// covers \p Check.
static bool listCovers(llvm::StringRef Rest, llvm::StringRef Check) {
  if (!Rest.consume_front("("))
    return true;
  llvm::StringRef List = Rest.take_until([](char C) { return C == ')'; });
  llvm::SmallVector<llvm::StringRef, 4> Globs;
  List.split(Globs, ',');
  for (llvm::StringRef Glob : Globs) {
    auto Pattern = llvm::GlobPattern::create(Glob.trim());
    if (!Pattern) {
      llvm::consumeError(Pattern.takeError());
      continue;
    }
    if (Pattern->match(Check))
      return true;
  }
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
