//===- Facts.h - What one function body says about transactions and tasks -*- C++ -*-===//
//
// The plain model the path analysis works on: transaction scopes, tasks and
// the events (ends, joins, detaches, escapes) that happen to them, each
// anchored at the statement or destructor where it happens.
//
//===----------------------------------------------------------------------===//
#ifndef TXSCOPE_ENGINE_FACTS_H
#define TXSCOPE_ENGINE_FACTS_H

#include "FunctionSummary.h"
#include "Places.h"
#include "Rules.h"
#include "SharedUses.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallVector.h"
#include <string>
#include <vector>

namespace txscope {

/// A transaction scope: an RAII variable or a begin call on a receiver.
struct TransactionScope {
  enum ScopeKind { RAII, CallPair, Callback } Kind;
  /// The variable (RAII), the transaction parameter or function (callback),
  /// the receiver's root variable (call pair).
  const clang::Decl *Key;
  std::string Name;               ///< How messages name it: 'tx', 'db'.
  const clang::Stmt *BeginAnchor; ///< Initializer or begin call.
  clang::SourceLocation BeginLoc;
  bool ImplicitContext = false;
  /// Held through a shared owner (std::shared_ptr<Transaction>): a task that
  /// copies the owner keeps the transaction alive rather than outliving it.
  bool SharedOwner = false;
  /// The receiver of a call pair's begin and end calls (`db`, `m_db`, `di.backend`).
  Place Receiver;
  /// The transaction and its connection. A task using a place that overlaps
  /// one of them, or a local obtained from one (transitively), is bound to
  /// this transaction.
  PlaceSet Roots;
};

/// A task start and what is known about its handle.
struct Task {
  const clang::Expr *Start;
  clang::SourceLocation Loc;
  PlaceSet Uses; ///< What its callable and arguments use.
  /// The callables added to a task graph it is given (`taskflow.emplace(f)`
  /// before `executor.run(taskflow)`): they run as part of this task.
  llvm::SmallVector<const clang::Expr *, 2> GraphBodies;
  /// The variables among Uses it takes a copy of (by-copy lambda captures,
  /// arguments passed as plain variables).
  llvm::SmallPtrSet<const clang::Decl *, 4> Copies;
  DestructorKind HandleDestructor = DestructorKind::None;
  bool Deferred = false;     ///< Runs at its join (std::launch::deferred).
  bool Lazy = false;         ///< A lazy coroutine task: runs when first awaited.
  /// A lazy value that calls wrap (a sender): passed to a call returning a
  /// value, it is that value's task from then on.
  bool Wrapped = false;
  bool FireAndForget = false;///< Started with no handle at all.
  bool JoinedAtStart = false;///< Joined within its own full-expression.
  bool Parallel = false;     ///< Its callable runs on several threads at once.
  bool Untracked = false;    ///< Handle goes somewhere we cannot follow: stay quiet.
  const clang::Decl *Group = nullptr; ///< The pool or task group it was spawned into.
  bool Returned = false;     ///< Its handle is returned by the function.
  /// Started inside a callee that returns without joining it (SPEC §2
  /// *Across functions*): Start is the call, Loc the start in the callee.
  const LeakedTask *Through = nullptr;
  std::string ThroughCallee;
  /// What the code it runs uses that other executions share (SPEC §2b);
  /// filled only for the concurrent-use check.
  std::vector<SharedUse> Shared;
  /// The tasks whose handle its start is given (a dependency: Taskflow's
  /// dependent_async runs it after them), so it never runs alongside them.
  llvm::SmallVector<unsigned, 1> RunsAfter;
  /// The serialising executor it was handed to (a strand): tasks on one
  /// strand run one at a time.
  std::optional<Place> Strand;

  /// Deferred and lazy tasks do not run concurrently: their body runs at the join.
  bool runsAtJoin() const { return Deferred || Lazy; }
};

/// How a task relates to a transaction scope (SPEC §1, §3).
enum class Binding {
  None,    ///< It cannot touch the transaction.
  Bound,   ///< It can: report it when it may outlive the scope.
  Extends, ///< It holds a copy of the transaction's shared owner.
};

/// How a transaction scope ends at an end event.
enum class EndKind { Commit, Rollback, ScopeExit, Jump, Throw, MovedFrom, LeftOpen, CallbackReturn };

struct Event {
  enum EventKind { TxBegin, TaskStart, TxEnd, Join, TimedWait, Detach, Escape, Dropped, Use, Throws } Kind;
  /// Index of the task, of the scope for TxBegin/TxEnd, of the starter's
  /// use for Use, of the unwinding (EventGraph::unwinding) for Throws: a
  /// call that may throw (StrictMode).
  unsigned Subject;
  clang::SourceLocation Loc;
  EndKind End = EndKind::ScopeExit;
  /// For Join/Dropped at a destructor: the variable destroyed there.
  const clang::ValueDecl *DestroyedVar = nullptr;
  /// "return", "break", ... for EndKind::Jump; "ready-test" for a TimedWait
  /// that only tests whether the task finished; "call" for an end on the
  /// unwinding of a call that may throw (static text).
  const char *What = "";
};

/// Everything the analysis needs from one function body.
struct FunctionFacts {
  std::vector<TransactionScope> Scopes;
  std::vector<Task> Tasks;
  /// Events that happen when a statement is evaluated.
  llvm::DenseMap<const clang::Stmt *, llvm::SmallVector<Event, 1>> StmtEvents;
  /// Events that happen on entry to the body (a transaction callback begins).
  std::vector<Event> EntryEvents;
  /// Events that happen on one branch of a condition only: the condition
  /// (as the CFG lists it) and whether on its true branch. A tested timed
  /// wait joins on the branch where its result says the task finished.
  struct BranchEvent {
    bool OnTrue;
    Event E;
  };
  llvm::DenseMap<const clang::Stmt *, llvm::SmallVector<BranchEvent, 1>> BranchEvents;
  /// Events that happen when a local variable is destroyed; the location is
  /// filled in from the destructor's trigger when the CFG is walked.
  llvm::DenseMap<const clang::VarDecl *, llvm::SmallVector<Event, 1>> DtorEvents;
  /// StrictMode (SPEC §3): a call not known not to throw is a path of its
  /// own, unwinding the locals in scope (EventGraph places Throws events).
  bool CallsMayThrow = false;
  /// The starting code's own uses of shared transactions and connections
  /// (SPEC §2b), each with a Use event.
  std::vector<SharedUse> StarterUses;
};

} // namespace txscope

#endif
