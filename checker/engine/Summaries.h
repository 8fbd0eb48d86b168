//===- Summaries.h - What functions in the same translation unit do -*- C++ -*-===//
//
// Within-TU summaries (SPEC §2 *Across functions*, §3), each computed once
// per function and memoised:
//  - the FunctionSummary of a function: the tasks it leaves running on what
//    it was given, the transactions it begins or ends on it, whether it
//    joins a handle passed by reference on every path, the task it starts
//    and returns the handle of;
//  - the members of `this` a method uses.
// Recursion is bounded: a function whose summary depends on itself is
// recomputed with its previous approximation a few times (a bounded fixed
// point); a join or returned-task question about a function in progress is
// answered as for an unseen callee.
//
//===----------------------------------------------------------------------===//
#ifndef TXSCOPE_ENGINE_SUMMARIES_H
#define TXSCOPE_ENGINE_SUMMARIES_H

#include "Facts.h"
#include "FunctionSummary.h"
#include "ImportedSummaries.h"
#include "LibraryModel.h"
#include "Places.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include <memory>
#include <optional>

namespace txscope {

class Summaries : public MemberUses {
public:
  /// \p StepBudget bounds the path walk of each callee (as for any body).
  /// \p Imported (may be null) summarises functions defined in other units.
  Summaries(const LibraryModel &Model, uint64_t StepBudget, ImportedSummaries *Imported = nullptr)
      : Model(Model), StepBudget(StepBudget), Imported(Imported) {}

  /// What \p Callee does to what it is given; null when its body is not
  /// visible here and no other unit summarised it (or it is a library
  /// function, described by the packs).
  const FunctionSummary *summaryOf(const clang::FunctionDecl &Callee);

  /// The task \p Callee starts and returns the handle of, if it does.
  const ReturnedTask *returnedTask(const clang::FunctionDecl &Callee);

  /// Whether \p Callee joins the handle (or every handle of the container)
  /// passed as parameter \p Param on every path; std::nullopt when its body
  /// is not available (an unseen callee).
  std::optional<bool> joinsParameter(const clang::FunctionDecl &Callee, unsigned Param);

  const PlaceSet &membersUsedBy(const clang::CXXMethodDecl &Method) override;

private:
  /// Computes the summary of \p Def (its body \p Body) into \p Out.
  void build(const clang::FunctionDecl &Def, clang::Stmt *Body, FunctionSummary &Out);
  std::optional<ReturnedTask> findReturnedTask(const clang::FunctionDecl &Def, clang::Stmt *Body);
  std::optional<bool> joinsOnEveryPath(const clang::FunctionDecl &Def, clang::Stmt *Body,
                                       unsigned Param);
  /// Library code (system headers) has no FunctionSummary: its joins and
  /// returned tasks are answered on demand, for the calls that ask.
  static bool isLibrary(const clang::FunctionDecl &Def);
  /// The summary another unit gave of \p Callee, whose body is not here.
  const FunctionSummary *importedSummary(const clang::FunctionDecl &Callee);

  const LibraryModel &Model;
  uint64_t StepBudget;
  ImportedSummaries *Imported;
  llvm::DenseMap<const clang::FunctionDecl *, std::unique_ptr<FunctionSummary>> Computed;
  /// The approximations of functions whose summary is being computed.
  llvm::DenseMap<const clang::FunctionDecl *, std::unique_ptr<FunctionSummary>> Approximations;
  /// Earlier approximations stay alive: tasks found meanwhile point into them.
  std::vector<std::unique_ptr<FunctionSummary>> Superseded;
  bool RecursionSeen = false;
  llvm::DenseMap<const clang::FunctionDecl *, std::optional<ReturnedTask>> Returned;
  llvm::DenseMap<std::pair<const clang::FunctionDecl *, unsigned>, std::optional<bool>> Joins;
  llvm::DenseMap<const clang::CXXMethodDecl *, std::unique_ptr<PlaceSet>> MemberUseSets;
  /// Functions whose join, returned-task or member-use answer is being
  /// computed: recursion stops there.
  llvm::DenseSet<const clang::FunctionDecl *> InProgress;
  /// Functions whose FunctionSummary is being computed.
  llvm::DenseSet<const clang::FunctionDecl *> Building;
};

} // namespace txscope

#endif
