//===- InferredWrappers.h - A project's own transaction classes, recognised -*- C++ -*-===//
//
// SPEC §2 *Across functions*, wrapper classes without a rule pack: a class
// whose construction begins a transaction and whose destruction ends it is
// an RAII transaction type, whatever it is called (akonadi's Transaction,
// mixxx's ScopedTransaction, kdb's KDbTransactionGuard). It begins one when
//  - it holds a recognised transaction as a member (directly, or through a
//    std::unique_ptr / std::optional a constructor fills), which its
//    destruction ends; or
//  - a constructor begins one on a member or a constructor parameter (a call
//    pair, SQL text, a helper) and the destructor ends one.
// Its end methods are the methods that end the transaction it holds
// (commit or roll back, as the inner end call does). A class whose
// constructors another unit defines is inferred there: its summary says.
//
//===----------------------------------------------------------------------===//
#ifndef TXSCOPE_ENGINE_INFERREDWRAPPERS_H
#define TXSCOPE_ENGINE_INFERREDWRAPPERS_H

#include "Rules.h"
#include "clang/AST/DeclCXX.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include <memory>

namespace txscope {

class ImportedSummaries;
class LibraryModel;
class Summaries;

class InferredWrappers {
public:
  /// \p Imported (may be null) holds what other units inferred.
  InferredWrappers(const LibraryModel &Model, Summaries &Callees, ImportedSummaries *Imported = nullptr)
      : Model(Model), Callees(Callees), Imported(Imported) {}

  /// The rule for \p RD when it wraps a transaction, else null.
  const TransactionTypeRule *transactionType(const clang::CXXRecordDecl &RD);
  /// The same, inferred from what this unit sees (what it tells others).
  const TransactionTypeRule *inferredHere(const clang::CXXRecordDecl &RD);

private:
  std::unique_ptr<TransactionTypeRule> infer(const clang::CXXRecordDecl &Def);
  /// Whether \p Def holds a transaction its construction begins.
  bool holdsTransaction(const clang::CXXRecordDecl &Def);

  const LibraryModel &Model;
  Summaries &Callees;
  ImportedSummaries *Imported;
  /// Per class definition: its rule, or null when it is no wrapper.
  llvm::DenseMap<const clang::CXXRecordDecl *, std::unique_ptr<TransactionTypeRule>> Rules;
  llvm::DenseSet<const clang::CXXRecordDecl *> InProgress;
};

} // namespace txscope

#endif
