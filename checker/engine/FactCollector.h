//===- FactCollector.h - Builds FunctionFacts from one body -----*- C++ -*-===//
#ifndef TXSCOPE_ENGINE_FACTCOLLECTOR_H
#define TXSCOPE_ENGINE_FACTCOLLECTOR_H

#include "Facts.h"
#include "LibraryModel.h"
#include "clang/AST/ParentMap.h"
#include "clang/AST/StmtCXX.h"
#include <functional>

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

  /// For the function's summary: one scope standing for everything the
  /// function was given (its parameters and `this`), open from entry to
  /// every return, and the tasks bound to it. False when there are none.
  bool collectGiven(FunctionFacts &Out);

  /// For the function's summary: the transactions it begins or ends on
  /// what it was given (call pairs, SQL text, end methods, helpers it calls).
  void collectEffects(std::vector<TransactionEffect> &Out);

  /// \p Uses (and what the locals among them were obtained from) as places
  /// relative to the function: only those rooted at a parameter or `this`.
  std::vector<SummaryPlace> givenPlaces(const PlaceSet &Uses);
  /// \p P relative to the function, when it is rooted at a parameter or `this`.
  std::optional<SummaryPlace> givenPlace(const Place &P) const;

  /// For the concurrent-use check (SPEC §2b): the tasks with what the code
  /// they run shares with other executions, and the starter's own uses of
  /// such objects (transaction ends left out: they are the first check's).
  /// False when no task uses anything shared, so no CFG is needed.
  bool collectShared(FunctionFacts &Out, SharedUseScanner &Scanner);

  /// Whether \p A and \p B may be one transaction or connection: they
  /// overlap, or a local among them was obtained from the other
  /// (`pqxx::work tx{conn}` is on `conn`).
  bool sameResource(const Place &A, const Place &B);
  /// What the local \p P names was obtained from (empty for other places).
  const PlaceSet &sourcesOfPlace(const Place &P);

  /// How task \p T relates to the transaction of \p Scope (SPEC §1).
  Binding bindingTo(const Task &T, const TransactionScope &Scope);
  const clang::ParentMap &parentMap() const { return PM; }

private:
  struct Index;
  enum class Holder { Handle, Container };

  /// Indexes the body (once).
  void index();
  void findScopes();
  /// Begin and end calls on a receiver, SQL text, and helpers' effects.
  /// \p Found is told the receiver, the call, what it does, whether the
  /// library carries the transaction implicitly, and whether the call is a
  /// helper's (which may also end an RAII transaction it is given).
  void findPairCalls(const std::function<void(const Place &, const clang::Stmt *,
                                              TransactionEffect::EffectKind, bool, bool)> &Found);
  void addPairBegin(const Place &Key, const clang::Stmt *Call, bool ImplicitContext);
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
  /// A call of a function that leaves tasks running on what it is given
  /// starts those tasks (SPEC §2 *Across functions*).
  void addLeakedTasks(const clang::CallExpr *Call);
  /// Where \p Given, relative to \p Call's callee, is in this function.
  PlaceSet mapPlace(const SummaryPlace &Given, const clang::CallExpr &Call);
  /// The argument of \p Call standing for the callee's parameter \p Param
  /// (-1: the object of a member call), or null.
  const clang::Expr *argumentFor(const clang::CallExpr &Call, int Param) const;
  const clang::Decl *groupOf(const clang::Expr *Executor, const GroupTypeRule *&Group) const;
  /// When \p Arg is a task graph, the callables added to it in this body
  /// (and to the graphs composed into it) go to \p Out.
  void addGraphBodies(const clang::Expr *Arg, llvm::SmallVectorImpl<const clang::Expr *> &Out,
                      llvm::SmallPtrSetImpl<const clang::Decl *> &Seen) const;
  void computeRoots(TransactionScope &Scope);
  /// Whether using \p P binds a task to \p Scope: P overlaps one of its
  /// roots, or is a local obtained from one.
  bool isBound(const Place &P, const TransactionScope &Scope);
  /// What the initialisers of \p D and of the locals they use use, transitively.
  const PlaceSet &sourcesOf(const clang::Decl *D);
  void addScopeEvents(unsigned ScopeIndex);
  void followStart(unsigned TaskIndex, const HandleTypeRule *Handle);
  /// Follows where the handle \p Value of the task goes: its start
  /// (\p AtStart: a join there joins at the start), or a lazy combinator's
  /// result holding it (a join there is an event).
  void followValue(unsigned TaskIndex, const clang::Expr *Value, const HandleTypeRule *Handle,
                   bool AtStart);
  void followGroup(unsigned TaskIndex, const clang::Decl *GroupKey, const GroupTypeRule &Group);
  /// Follows the variable \p Var holding the task's handle (or a container
  /// of handles) whose destruction does \p Destructor.
  /// \p Var may be a structured binding (`auto [task, future] = ...`): the
  /// handle is destroyed with the object it binds to.
  void followHolder(unsigned TaskIndex, const clang::ValueDecl *Var, Holder Kind,
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
  /// A join of task \p TaskIndex on the branch where the result of \p Call
  /// (a timed wait or ready test) says it finished (ReadyTests.cpp).
  /// \p ReadyStatus: the status values meaning finished, for a wait
  /// returning an enumeration; a bool result means finished when true.
  void addReadyBranches(unsigned TaskIndex, const clang::CallExpr &Call,
                        const std::vector<std::string> *ReadyStatus);
  void dropOrJoinAtEnd(unsigned TaskIndex, const clang::Stmt *Anchor);
  void addEvent(const clang::Stmt *Anchor, Event E);
  void addDtorEvent(const clang::VarDecl *Var, Event E);

  const LibraryModel &Model;
  bool StrictMode;
  const clang::FunctionDecl &Fn;
  clang::Stmt *Body;
  const CallbackRule *AsCallback;
  Summaries *Callees; ///< Null: callees are not looked into.
  MemberUses *Members; ///< What methods use of `this` (the summaries); may be null.
  clang::ParentMap PM;
  std::unique_ptr<Index> Idx;
  bool Indexed = false;
  /// What each local's initialiser uses (built on first use), and the
  /// memoised transitive closure of it.
  llvm::DenseMap<const clang::Decl *, PlaceSet> InitUses;
  bool InitUsesBuilt = false;
  llvm::DenseMap<const clang::Decl *, PlaceSet> Sources;
  FunctionFacts *Out = nullptr;
  /// End calls of call-pair transactions, keyed by their receiver.
  struct PairEnd {
    const clang::Stmt *Call;
    Place Key;
    EndKind Kind;
    bool ByHelper; ///< A helper's end, which ends an RAII transaction it is given too.
  };
  std::vector<PairEnd> PairEnds;
  /// Per task: the holder variables (and structured bindings) already
  /// followed (transfers may loop).
  std::vector<llvm::SmallPtrSet<const clang::ValueDecl *, 4>> Followed;
};

} // namespace txscope

#endif
