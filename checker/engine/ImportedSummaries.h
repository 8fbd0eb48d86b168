//===- ImportedSummaries.h - Summaries of what another unit defines -*- C++ -*-===//
//
// SPEC §2 *Across functions*, §6: a function or class whose body this unit
// does not see is summarised by the unit that defines it (a SummarySource:
// a summary file, or the txscope command's units finished so far). Here the
// stored form becomes what the engine reasons with: locations placed into
// this unit's SourceManager, fields interned in its identifier table. What
// was looked up is logged (ConsultedSummaries), so that the txscope command
// knows which units to analyse again when a summary arrives later.
//
//===----------------------------------------------------------------------===//
#ifndef TXSCOPE_ENGINE_IMPORTEDSUMMARIES_H
#define TXSCOPE_ENGINE_IMPORTEDSUMMARIES_H

#include "FunctionSummary.h"
#include "Places.h"
#include "Rules.h"
#include "SummarySet.h"
#include "clang/AST/ASTContext.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"
#include <memory>

namespace txscope {

/// A declaration's USR (Unified Symbol Resolution): the same in every unit
/// that declares it; empty when it has none.
std::string usrOf(const clang::Decl &D);

class ImportedSummaries {
public:
  ImportedSummaries(const SummarySource &Source, clang::ASTContext &Ctx) : Source(Source), Ctx(Ctx) {}

  /// The summary of \p Fn, defined in another unit; null when none.
  const FunctionSummary *function(const clang::FunctionDecl &Fn);
  /// The members of `this` \p Method uses, when another unit said.
  const PlaceSet *membersUsedBy(const clang::CXXMethodDecl &Method);
  /// \p RD's rule when another unit inferred it is a transaction wrapper.
  const TransactionTypeRule *wrapperClass(const clang::CXXRecordDecl &RD);

  const ConsultedSummaries &consulted() const { return Consulted; }

private:
  struct Imported {
    std::string USR;
    std::optional<StoredFunction> Stored;
    std::unique_ptr<FunctionSummary> Summary;
    std::unique_ptr<PlaceSet> Members;
  };
  Imported &lookUp(const clang::FunctionDecl &Fn);
  /// \p L in this unit (an invalid location when its file is gone).
  clang::SourceLocation place(const StoredLocation &L);
  llvm::StringRef intern(llvm::StringRef Name) { return Ctx.Idents.get(Name).getName(); }

  const SummarySource &Source;
  clang::ASTContext &Ctx;
  llvm::DenseMap<const clang::Decl *, std::unique_ptr<Imported>> Functions;
  llvm::DenseMap<const clang::Decl *, std::unique_ptr<TransactionTypeRule>> Classes;
  llvm::StringMap<clang::FileID> Files;
  ConsultedSummaries Consulted;
};

} // namespace txscope

#endif
