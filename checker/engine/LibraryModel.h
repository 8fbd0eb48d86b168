//===- LibraryModel.h - Rule packs resolved in one translation unit -*- C++ -*-===//
//
// Answers the engine's questions about library entities ("does this call start
// a task?", "is this type a task handle?") from the rule packs, with every
// rule name resolved once per translation unit.
//
//===----------------------------------------------------------------------===//
#ifndef TXSCOPE_ENGINE_LIBRARYMODEL_H
#define TXSCOPE_ENGINE_LIBRARYMODEL_H

#include "AnnotationRules.h"
#include "Names.h"
#include "Rules.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/DenseMap.h"
#include <deque>
#include <memory>
#include <vector>

namespace txscope {

/// Whether a member call \p Method with \p ExplicitArgs explicit arguments is
/// one of \p Members.
bool memberListed(const std::vector<MemberRule> &Members, llvm::StringRef Method,
                  unsigned ExplicitArgs);
bool nameListed(const std::vector<std::string> &Names, llvm::StringRef Name);

class InferredWrappers;

class LibraryModel {
public:
  LibraryModel(const std::vector<RulePack> &Packs, clang::ASTContext &Ctx);

  /// Where the rules of a project's own wrapper classes come from (SPEC §2);
  /// none until set.
  void setInferredWrappers(InferredWrappers *Wrappers) { Inferred = Wrappers; }

  const TransactionTypeRule *transactionType(clang::QualType T) const;
  /// The transaction the variable \p V holds, initialised and not a
  /// reference: directly, or through a shared owner (std::shared_ptr<pqxx::work>).
  const TransactionTypeRule *heldTransaction(const clang::VarDecl &V) const;
  const CallPairRule *callPairReceiver(clang::QualType T) const;
  const SqlCallRule *sqlCall(const clang::FunctionDecl &Callee) const;
  const CallbackRule *callback(const clang::FunctionDecl &Callee) const;
  /// The rule of the function (or function object, stdexec::spawn) \p Call calls.
  const TaskStartRule *taskStartCall(const clang::CallExpr &Call) const;
  const TaskStartRule *taskStartConstructor(clang::QualType T) const;
  const HandleTypeRule *handleType(clang::QualType T) const;
  const GroupTypeRule *groupType(clang::QualType T) const;
  const TaskObjectRule *taskObjectType(clang::QualType T) const;
  /// The task-graph rule of \p T (also through a pointer, as groupType).
  const TaskGraphRule *taskGraphType(clang::QualType T) const;
  /// Whether two executions may use an object of type \p T at once (SPEC
  /// §2b): the `concurrent-use` of its transaction, call-pair receiver or
  /// connection rule, or of a `txscope::concurrent_use(...)` annotation;
  /// looked up through references, pointers, smart pointers and base classes.
  ConcurrentUse concurrentUse(clang::QualType T) const;
  /// Whether \p Fn returns a shared connection (a connection rule's accessor).
  bool isConnectionAccessor(const clang::FunctionDecl &Fn) const;
  /// Whether a local of type \p T holds a lock (a lock rule's type).
  bool isLockType(clang::QualType T) const;
  /// Whether \p T holds one value per thread (a per-thread rule's type):
  /// what a thread takes from it is its own.
  bool isPerThreadType(clang::QualType T) const;
  /// Whether \p T runs what it is handed one at a time (asio::strand).
  bool isSerialisingExecutor(clang::QualType T) const;
  /// Whether \p Call calls a join (or detach) function: by its callee, or by
  /// the variable holding the function object it calls (folly's blockingWait).
  bool isJoinCall(const clang::CallExpr &Call) const;
  /// The rule of the join function \p Call calls; null for an annotated one
  /// (or none).
  const JoinFunctionRule *joinFunction(const clang::CallExpr &Call) const;
  bool isDetachCall(const clang::CallExpr &Call) const;
  /// The handle rule for the elements of a container type such as
  /// std::vector<std::future<void>> (its first template type argument).
  const HandleTypeRule *containerElementHandle(clang::QualType T) const;
  /// The handle rule of the one element of a std::pair or std::tuple type
  /// that is a handle (Taskflow's dependent_async returns
  /// std::pair<tf::AsyncTask, std::future<R>>), and its index.
  const HandleTypeRule *elementHandle(clang::QualType T, unsigned &Index) const;
  /// Whether \p D is the entity named \p QualifiedName.
  bool names(llvm::StringRef QualifiedName, const clang::NamedDecl &D) const;

private:
  template <typename Rule> struct Resolved {
    const Rule *R;
    DeclName Name;
  };
  /// Rules about one kind of declaration (classes, functions), with the
  /// answer for each declaration asked about: a body asks about the same few
  /// types and callees thousands of times.
  template <typename Rule, typename Key> struct Memoised {
    std::vector<Resolved<Rule>> Rules;
    mutable llvm::DenseMap<const Key *, const Rule *> Answers;
  };
  template <typename Rule> using ClassRules = Memoised<Rule, clang::CXXRecordDecl>;
  template <typename Rule> using FunctionRules = Memoised<Rule, clang::NamedDecl>;
  /// The first rule of \p Rules that \p Matches, else \p Fallback's answer;
  /// remembered for \p D.
  template <typename Rule, typename Key, typename MatchFn, typename FallbackFn>
  static const Rule *answer(const Memoised<Rule, Key> &Rules, const Key &D, MatchFn Matches,
                            FallbackFn Fallback);
  template <typename Rule>
  const Rule *findClass(const ClassRules<Rule> &Rules, clang::QualType T) const;
  void addConcurrencyRules(const RulePack &Pack);
  template <typename Rule, typename FallbackFn>
  const Rule *findFunction(const FunctionRules<Rule> &Rules, const clang::NamedDecl &Callee,
                           FallbackFn Fallback) const;

  clang::ASTContext &Ctx;
  std::unique_ptr<QualifiedNameCache> Names; ///< Shared by every DeclName below.
  ClassRules<TransactionTypeRule> Transactions;
  ClassRules<CallPairRule> CallPairs;
  FunctionRules<SqlCallRule> SqlCalls;
  FunctionRules<CallbackRule> Callbacks;
  FunctionRules<TaskStartRule> StartCalls;
  ClassRules<TaskStartRule> StartConstructors;
  ClassRules<HandleTypeRule> Handles;
  ClassRules<GroupTypeRule> Groups;
  ClassRules<TaskObjectRule> TaskObjects;
  ClassRules<TaskGraphRule> TaskGraphs;
  std::vector<Resolved<JoinFunctionRule>> JoinFunctions;
  std::vector<DeclName> DetachFunctions;
  /// Who may use an object at once (SPEC §2b): the connection rules, and the
  /// transaction and call-pair rules that say `concurrent-use`, in pack order.
  ClassRules<ConnectionTypeRule> Concurrency;
  /// Those transaction and call-pair rules seen as connection rules (the
  /// elements stay where they are: Concurrency points at them).
  std::deque<ConnectionTypeRule> ConcurrencyOfTransactions;
  FunctionRules<ConnectionTypeRule> ConnectionAccessors;
  ClassRules<ClassNameRule> Locks;
  ClassRules<ClassNameRule> PerThread;
  ClassRules<ClassNameRule> SerialisingExecutors;
  /// Rules derived from [[clang::annotate("txscope::...")]], filled lazily.
  mutable AnnotationRules Annotated;
  InferredWrappers *Inferred = nullptr;
};

} // namespace txscope

#endif
