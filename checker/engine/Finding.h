//===- Finding.h - What the engine reports ----------------------*- C++ -*-===//
//
// Plain results, independent of any front end: the clang-tidy check, the CLI
// and the clangd wrapper each translate a Finding into their own output.
//
//===----------------------------------------------------------------------===//
#ifndef TXSCOPE_ENGINE_FINDING_H
#define TXSCOPE_ENGINE_FINDING_H

#include "clang/Basic/SourceLocation.h"
#include <string>
#include <tuple>
#include <vector>

namespace txscope {

/// The checks the engine answers for (SPEC §2 and §2b).
enum class CheckId { TaskOutlivesTransaction, ConcurrentTransactionUse };

/// How clang-tidy and every output name a check.
inline const char *checkName(CheckId Check) {
  return Check == CheckId::TaskOutlivesTransaction ? "txscope-task-outlives-transaction"
                                                   : "txscope-concurrent-transaction-use";
}

/// The rows of SPEC §2: each has its own wording.
enum class FindingKind {
  JoinedAfterEnd,           ///< the only joins come after the end event
  JoiningDestructorAfterEnd,///< a joining destructor runs after an explicit end
  JoinedOnSomePaths,        ///< some path reaches the end without a join
  NeverJoined,              ///< the handle is dropped without a join
  Detached,                 ///< detach(), or a fire-and-forget start
  Escapes,                  ///< the handle leaves the function's control
  TimedWaitOnly,            ///< only a wait_for/wait_until before the end
  DeferredRunsAfterEnd,     ///< a deferred task runs at a join after the end
  LazyRunsAfterEnd,         ///< a lazy coroutine task is first awaited after the end
  ExtendsTransaction,       ///< (StrictMode) a task holding the shared owner outlives the scope
  // SPEC §2b (txscope-concurrent-transaction-use):
  UsedWhileTaskRuns,        ///< the starter uses it while a task using it may run
  TasksRunAtOnce,           ///< two tasks using it may run at the same time
  UsedOnAnotherThread,      ///< a thread-bound connection used inside a task
};

struct Note {
  clang::SourceLocation Loc;
  std::string Message;
};

struct Finding {
  FindingKind Kind;
  CheckId Check = CheckId::TaskOutlivesTransaction;
  clang::SourceLocation Loc; ///< The expression that starts the task.
  std::string Message;
  std::vector<Note> Notes;
  /// Reported once per start location, whichever transaction (a task started
  /// in a callee, reached from several callers: SPEC §2 *Across functions*).
  bool OncePerLocation = false;

  /// Findings with equal keys are one: the same start in each instantiation
  /// of a template, or a callee's start reached from several callers.
  using Key = std::tuple<unsigned, unsigned, unsigned>;
  Key key() const {
    unsigned Scope = OncePerLocation || Notes.empty() ? 0 : Notes.front().Loc.getRawEncoding();
    return {unsigned(Check), Loc.getRawEncoding(), Scope};
  }
};

/// A function the analysis gave up on (SPEC §7): it would take more path
/// steps than the budget allows. Its findings so far are dropped.
struct SkippedFunction {
  clang::SourceLocation Loc; ///< The function's name.
  std::string Name;
  std::string Reason;
};

} // namespace txscope

#endif
