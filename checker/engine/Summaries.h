//===- Summaries.h - What callees in the same translation unit do -*- C++ -*-===//
//
// Within-TU summaries (SPEC §3): a handle passed by reference to a function
// whose body we see counts as joined only when that function joins it on
// every path; a function that starts a task and returns its handle is a task
// start at its call sites.
//
//===----------------------------------------------------------------------===//
#ifndef TXSCOPE_ENGINE_SUMMARIES_H
#define TXSCOPE_ENGINE_SUMMARIES_H

#include "Facts.h"
#include "LibraryModel.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include <optional>

namespace txscope {

class Summaries {
public:
  /// \p StepBudget bounds the path walk of each callee (as for any body).
  Summaries(const LibraryModel &Model, uint64_t StepBudget)
      : Model(Model), StepBudget(StepBudget) {}

  /// The task \p Callee starts and returns the handle of, if it does.
  const Task *returnedTask(const clang::FunctionDecl &Callee);

  /// Whether \p Callee joins the handle (or every handle of the container)
  /// passed as parameter \p Param on every path; std::nullopt when its body
  /// is not available (an unseen callee).
  std::optional<bool> joinsParameter(const clang::FunctionDecl &Callee, unsigned Param);

private:
  const LibraryModel &Model;
  uint64_t StepBudget;
  llvm::DenseMap<const clang::FunctionDecl *, std::optional<Task>> Returned;
  llvm::DenseMap<std::pair<const clang::FunctionDecl *, unsigned>, std::optional<bool>> Joins;
  /// Functions whose summary is being computed: recursion stops there.
  llvm::DenseSet<const clang::FunctionDecl *> InProgress;
};

} // namespace txscope

#endif
