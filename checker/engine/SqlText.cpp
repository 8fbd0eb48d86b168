//===- SqlText.cpp - What SQL sent as text does to a transaction ----------===//
#include "SqlText.h"
#include "AstUtil.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang;

namespace txscope {

/// What the SQL statement \p Sql does.
static SqlEffect effectOf(llvm::StringRef Sql) {
  llvm::SmallVector<llvm::StringRef, 3> Words;
  llvm::StringRef Rest = Sql;
  while (Words.size() < 3) {
    Rest = Rest.ltrim(" \t\r\n");
    llvm::StringRef Word = Rest.take_while([](char C) { return llvm::isAlpha(C); });
    if (Word.empty())
      break;
    Words.push_back(Word);
    Rest = Rest.drop_front(Word.size());
  }
  auto Is = [&](size_t I, llvm::StringRef W) { return I < Words.size() && Words[I].equals_insensitive(W); };
  if (Is(0, "BEGIN") || (Is(0, "START") && Is(1, "TRANSACTION")))
    return SqlEffect::Begin;
  if (Is(0, "COMMIT") || Is(0, "END"))
    return SqlEffect::Commit;
  // ROLLBACK TO [SAVEPOINT] keeps the transaction open.
  if ((Is(0, "ROLLBACK") && !Is(1, "TO") && !Is(2, "TO")) || Is(0, "ABORT"))
    return SqlEffect::Rollback;
  return SqlEffect::Other;
}

SqlEffect sqlEffect(const CallExpr &Call, const SqlCallRule &Rule) {
  if (unsigned(Rule.SqlArgument) >= Call.getNumArgs())
    return SqlEffect::Other;
  return effectOf(literalText(Call.getArg(Rule.SqlArgument)));
}

} // namespace txscope
