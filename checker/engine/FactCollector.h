//===- FactCollector.h - Builds FunctionFacts from one body -----*- C++ -*-===//
#ifndef TXSCOPE_ENGINE_FACTCOLLECTOR_H
#define TXSCOPE_ENGINE_FACTCOLLECTOR_H

#include "Facts.h"
#include "LibraryModel.h"
#include "clang/AST/ParentMap.h"
#include "clang/AST/StmtCXX.h"

namespace txscope {

/// Reads one function body: finds transaction scopes, task starts, and every
/// event that ends a scope or joins, detaches or loses a task's handle.
class Summaries;

class FactCollector {
public:
  /// \p AsCallback is set when \p Fn is a callable passed to a callback
  /// API: its body is then a transaction scope of its own.
  FactCollector(const LibraryModel &Model, bool StrictMode, const clang::FunctionDecl &Fn,
                clang::Stmt *Body, const CallbackRule *AsCallback, Summaries *Callees);
  ~FactCollector();

  /// Fills \p Out. Returns false when the body starts no task inside a
  /// transaction it could touch, so no CFG is needed.
  bool collect(FunctionFacts &Out);

  /// Only the tasks, for a summary of what the function returns.
  void collectTasks(FunctionFacts &Out);

  /// A task held by parameter \p Param from entry, for a summary of whether
  /// the function joins what it is passed.
  void collectParameterTask(FunctionFacts &Out, const clang::ParmVarDecl &Param);

  /// How task \p T relates to the transaction of \p Scope (SPEC §1).
  Binding bindingTo(const Task &T, const TransactionScope &Scope);
  const clang::ParentMap &parentMap() const { return PM; }

private:
  struct Index;
  enum class Holder { Handle, Container };

  void findScopes();
  void addPairBegin(const clang::Decl *Key, const clang::Stmt *Call, bool ImplicitContext);
  void findTasks();
  /// A task started by \p Call: by a task-start rule, a helper returning a
  /// task, or a call creating a lazy coroutine task.
  void addCallStart(const clang::CallExpr *Call);
  /// Records a task started by \p Start and returns its index. Its uses are
  /// what the whole start expression uses, or only its call arguments when
  /// \p ArgumentsOnly (the pool a task is spawned into is not the task's).
  unsigned addTask(const clang::Expr *Start, const TaskStartRule *Rule,
                   const HandleTypeRule *Handle, bool ArgumentsOnly, bool IntoGroup = false);
  /// A call of a function that returns a task's handle starts that task.
  bool addReturnedTask(const clang::CallExpr *Call);
  /// A call returning a lazy task type (a coroutine) starts a lazy task.
  void addLazyTask(const clang::CallExpr *Call);
  const clang::Decl *groupOf(const clang::Expr *Executor, const GroupTypeRule *&Group) const;
  void computeRoots(TransactionScope &Scope);
  /// Whether using \p D binds a task to \p Scope: D is one of its roots, or
  /// a local obtained from one.
  bool isBound(const clang::Decl *D, const TransactionScope &Scope);
  /// What the initialisers of \p D and of the locals they use use, transitively.
  const llvm::SmallPtrSetImpl<const clang::Decl *> &sourcesOf(const clang::Decl *D);
  void addScopeEvents(unsigned ScopeIndex);
  void followStart(unsigned TaskIndex, const HandleTypeRule *Handle);
  void followGroup(unsigned TaskIndex, const clang::Decl *GroupKey, const GroupTypeRule &Group);
  /// Follows the variable \p Var holding the task's handle (or a container
  /// of handles) whose destruction does \p Destructor.
  void followHolder(unsigned TaskIndex, const clang::VarDecl *Var, Holder Kind,
                    const HandleTypeRule *Handle, DestructorKind Destructor);
  /// Follows the futures of task objects (std::packaged_task) the task runs.
  void followTaskObjectFutures(unsigned TaskIndex);
  /// What happens to a handle passed as argument \p Arg of \p Call: joined,
  /// stored into a container or group we follow, lent by reference, or lost.
  void flowIntoCall(unsigned TaskIndex, const clang::Stmt *Anchor, const clang::CallExpr &Call,
                    const clang::Stmt *Arg, bool IsTemporary);
  bool joinedInLoopBody(const clang::CXXForRangeStmt &Loop, const HandleTypeRule &Handle,
                        Event::EventKind &Kind) const;
  const clang::Stmt *enclosingLoopCondition(const clang::Stmt *S) const;
  /// A join of one element of a container of handles (`tasks[i].get()`).
  void addElementJoin(unsigned TaskIndex, const clang::DeclRefExpr *Ref,
                      const clang::CallExpr &Element, const HandleTypeRule &Handle);
  void dropOrJoinAtEnd(unsigned TaskIndex, const clang::Stmt *Anchor);
  void addEvent(const clang::Stmt *Anchor, Event E);
  void addDtorEvent(const clang::VarDecl *Var, Event E);

  const LibraryModel &Model;
  bool StrictMode;
  const clang::FunctionDecl &Fn;
  clang::Stmt *Body;
  const CallbackRule *AsCallback;
  Summaries *Callees; ///< Null: callees are not looked into.
  clang::ParentMap PM;
  std::unique_ptr<Index> Idx;
  /// What each local's initialiser uses (built on first use), and the
  /// memoised transitive closure of it.
  llvm::DenseMap<const clang::Decl *, llvm::SmallPtrSet<const clang::Decl *, 4>> InitUses;
  bool InitUsesBuilt = false;
  llvm::DenseMap<const clang::Decl *, llvm::SmallPtrSet<const clang::Decl *, 4>> Sources;
  FunctionFacts *Out = nullptr;
  /// End calls of call-pair transactions, keyed by their receiver.
  struct PairEnd {
    const clang::Stmt *Call;
    const clang::Decl *Key;
    EndKind Kind;
  };
  std::vector<PairEnd> PairEnds;
  /// Per task: the holder variables already followed (transfers may loop).
  std::vector<llvm::SmallPtrSet<const clang::VarDecl *, 4>> Followed;
};

} // namespace txscope

#endif
