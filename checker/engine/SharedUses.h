//===- SharedUses.h - Where an execution uses a transaction or connection -*- C++ -*-===//
//
// SPEC §2b is about executions (the starting code, each task) using one
// transaction, connection, session or database handle at once. This reads,
// from the code one execution runs, each expression whose value is such an
// object (a type whose pack declares `concurrent-use`) that other
// executions can reach too: a variable of the starting function, a member
// of `this`, a namespace-scope or static variable, what an accessor
// returns by reference or pointer (`Manager::instance()->database()`), a
// library's shared connection (`QSqlDatabase::database()`, the default
// connection behind a default-constructed `QSqlQuery`).
//
// A task's code is its start expression with the bodies it runs: lambdas,
// methods bound to `this`, and (a few calls deep) the functions and methods
// on `this` they call. What a task creates itself (its own locals) is its own.
//
//===----------------------------------------------------------------------===//
#ifndef TXSCOPE_ENGINE_SHAREDUSES_H
#define TXSCOPE_ENGINE_SHAREDUSES_H

#include "LibraryModel.h"
#include "Places.h"
#include "clang/AST/ParentMap.h"
#include "llvm/ADT/DenseMap.h"
#include <memory>
#include <vector>

namespace txscope {

struct SharedUse {
  Place Where; ///< Relative to the function analysed.
  std::string Name; ///< How messages name it: 'tx', 'm_db', the default connection.
  clang::SourceLocation Loc;
  const clang::Expr *Anchor = nullptr; ///< The expression, in the starter's body or a task's.
  ConcurrentUse Mode = ConcurrentUse::Unspecified;
  PlaceSet Locks; ///< The mutexes a scoped lock holds over the use.
};

class SharedUseScanner {
public:
  SharedUseScanner(const LibraryModel &Model, MemberUses *Members, clang::ASTContext &Ctx)
      : Model(Model), Members(Members), Ctx(Ctx) {}
  ~SharedUseScanner();

  /// The uses by the code task start \p Start runs (see above).
  void scanTask(const clang::Expr &Start, std::vector<SharedUse> &Out);

  /// The uses by the statements of \p Body itself, outside \p Skip (the task
  /// starts) and outside lambda bodies (which run when called, not here).
  /// \p PM is \p Body's parent map.
  void scanStarter(const clang::Stmt &Body, const clang::ParentMap &PM,
                   const llvm::SmallPtrSetImpl<const clang::Stmt *> &Skip, std::vector<SharedUse> &Out);

  /// How two executions may share objects of \p T (a transaction or
  /// connection type, or a class holding one in a field).
  ConcurrentUse modeOf(clang::QualType T) { return kindOf(T).first; }

  /// Whether \p T is a class of the project that only holds a transaction or
  /// connection in a field: a call of one of its methods uses what that
  /// method uses, not the whole object.
  bool isHolder(clang::QualType T) { return kindOf(T).second; }

private:
  class Walk;
  /// The uses by \p Fn's body that any caller shares: members of `this`
  /// (when \p ThroughThis), namespace-scope and static variables, accessors.
  const std::vector<SharedUse> &calleeUses(const clang::FunctionDecl &Fn, unsigned Depth);
  const clang::ParentMap &parentMapOf(const clang::Stmt &Body);

  /// How messages name what \p E uses: its source text when short.
  std::string spelling(const clang::Expr &E, const Place &P) const;

  const LibraryModel &Model;
  MemberUses *Members;
  clang::ASTContext &Ctx;
  llvm::DenseMap<const clang::FunctionDecl *, std::vector<SharedUse>> Callees;
  llvm::DenseMap<const clang::Stmt *, std::unique_ptr<clang::ParentMap>> ParentMaps;
  /// The mode of a type, and whether it comes from a field (isHolder).
  std::pair<ConcurrentUse, bool> kindOf(clang::QualType T);
  llvm::DenseMap<const clang::Type *, std::pair<ConcurrentUse, bool>> Modes;
};

} // namespace txscope

#endif
