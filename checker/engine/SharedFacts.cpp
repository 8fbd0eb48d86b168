//===- SharedFacts.cpp - The facts the concurrent-use check reads ---------===//
//
// The same collector as the first check's (tasks, their handles and joins),
// plus what each execution uses that others share (SharedUses.h).
//
//===----------------------------------------------------------------------===//
#include "FactIndex.h"

using namespace clang;

namespace txscope {

/// Whether \p Use ends a transaction (the first check's business, SPEC §2,
/// not a concurrent use): it is the object of an end call, or a call of a
/// wrapper's end method whose body uses the transaction, or moved out of.
/// (Ends through helpers and SQL text: see collectShared.) A call made on a
/// smart pointer itself (`owner.reset()`) hands over ownership, no more.
static bool endsTransaction(const LibraryModel &Model, const ParentMap &PM, const SharedUse &Use) {
  if (flowUp(PM, Use.Anchor).Moved) // moved out of: an end too
    return true;
  const auto *Call = dyn_cast<CXXMemberCallExpr>(Use.Anchor);
  if (!Call)
    Call = memberCallOn(PM, Use.Anchor);
  if (!Call)
    return false;
  QualType Object = objectType(*Call);
  if (!ownedType(Object).isNull())
    return true;
  llvm::StringRef Name = methodName(*Call);
  if (const TransactionTypeRule *Rule = Model.transactionType(Object))
    if (endKindOf(Rule->CommitMethods, Rule->RollbackMethods, Name))
      return true;
  if (const CallPairRule *Rule = Model.callPairReceiver(Object))
    if (endKindOf(Rule->CommitMethods, Rule->RollbackMethods, Name))
      return true;
  return false;
}

bool FactCollector::collectShared(FunctionFacts &Facts, SharedUseScanner &Scanner) {
  Out = &Facts;
  index();
  findTasks();
  bool Any = false;
  llvm::SmallPtrSet<const Stmt *, 8> Starts;
  for (Task &T : Facts.Tasks) {
    Starts.insert(T.Start);
    if (T.Untracked || (T.JoinedAtStart && !T.Parallel) || !T.Start)
      continue;
    Scanner.scanTask(*T.Start, T.Shared);
    for (const Expr *Body : T.GraphBodies)
      Scanner.scanTask(*Body, T.Shared);
    Any |= !T.Shared.empty();
    if (const auto *Call = dyn_cast<CallExpr>(T.Start))
      for (const Expr *Arg : Call->arguments())
        if (Model.isSerialisingExecutor(Arg->IgnoreParenImpCasts()->getType().getNonReferenceType()))
          if ((T.Strand = placeOf(Arg)))
            break;
  }
  if (!Any)
    return false;
  // What holds each task's handle (followed, or simply initialised with
  // the start: `tf::AsyncTask a = executor.silent_dependent_async(...)`).
  llvm::DenseMap<const Decl *, llvm::SmallVector<unsigned, 1>> HeldBy;
  llvm::DenseMap<const Stmt *, unsigned> StartOf;
  for (unsigned T = 0; T < Facts.Tasks.size(); ++T) {
    StartOf.try_emplace(Facts.Tasks[T].Start, T);
    for (const ValueDecl *Holder : Followed[T])
      HeldBy[Holder].push_back(T);
  }
  for (const VarDecl *Var : Idx->Locals)
    if (const Expr *Init = Var->getInit()) {
      auto It = StartOf.find(Init->IgnoreImplicit()->IgnoreParens());
      if (It == StartOf.end())
        continue;
      HeldBy[Var].push_back(It->second);
      // auto [task, future] = executor.dependent_async(...): either part.
      if (const auto *Parts = dyn_cast<DecompositionDecl>(Var))
        for (const BindingDecl *Part : Parts->bindings())
          HeldBy[Part].push_back(It->second);
    }
  for (unsigned Later = 0; Later < Facts.Tasks.size(); ++Later)
    for (const Place &P : Facts.Tasks[Later].Uses) {
      auto It = P.Root ? HeldBy.find(P.Root) : HeldBy.end();
      if (It != HeldBy.end())
        for (unsigned Earlier : It->second)
          if (Earlier != Later && !llvm::is_contained(Facts.Tasks[Later].RunsAfter, Earlier))
            Facts.Tasks[Later].RunsAfter.push_back(Earlier);
    }
  // Calls that end a transaction: end calls on a receiver, COMMIT sent as
  // SQL text, helpers that end what they are given.
  llvm::SmallPtrSet<const Stmt *, 8> EndCalls;
  findPairCalls([&](const Place &, const Stmt *Call, TransactionEffect::EffectKind Kind, bool, bool) {
    if (Kind != TransactionEffect::Begin)
      EndCalls.insert(Call);
  });
  auto InEndCall = [&](const Stmt *S) {
    for (; S; S = PM.getParent(S))
      if (EndCalls.count(S))
        return true;
    return false;
  };
  std::vector<SharedUse> Uses;
  Scanner.scanStarter(*Body, PM, Starts, Uses);
  for (SharedUse &U : Uses) {
    if (endsTransaction(Model, PM, U) || InEndCall(U.Anchor))
      continue;
    Facts.StarterUses.push_back(std::move(U));
    const SharedUse &Kept = Facts.StarterUses.back();
    addEvent(Kept.Anchor, {Event::Use, unsigned(Facts.StarterUses.size() - 1), Kept.Loc});
  }
  return true;
}

const PlaceSet &FactCollector::sourcesOfPlace(const Place &P) {
  static const PlaceSet None;
  if (const auto *Var = dyn_cast_or_null<VarDecl>(P.Root); Var && isAutomaticLocal(*Var))
    return sourcesOf(Var);
  return None;
}

bool FactCollector::sameResource(const Place &A, const Place &B) {
  if (A.overlaps(B))
    return true;
  const PlaceSet &FromA = sourcesOfPlace(A), &FromB = sourcesOfPlace(B);
  return FromA.overlaps(B) || FromB.overlaps(A) || FromA.overlapsAny(FromB);
}

} // namespace txscope
