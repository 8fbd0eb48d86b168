//===- GivenFacts.cpp - What a function does to what it was given ---------===//
//
// The FactCollector's part for function summaries (SPEC §2 *Across
// functions*): the tasks a function leaves running on its parameters and
// `this`, the transactions it begins or ends on them; and, at a call, those
// of the callee mapped onto the caller's places.
//
//===----------------------------------------------------------------------===//
#include "FactIndex.h"
#include "Summaries.h"

using namespace clang;

namespace txscope {

static bool isInstanceMethod(const FunctionDecl &Fn) {
  const auto *Method = dyn_cast<CXXMethodDecl>(&Fn);
  return Method && Method->isInstance();
}

bool FactCollector::collectGiven(FunctionFacts &Facts) {
  Out = &Facts;
  index();
  TransactionScope Given{TransactionScope::Callback, &Fn, "what the function was given", nullptr,
                         Fn.getLocation()};
  for (const ParmVarDecl *Param : Fn.parameters())
    if (!isPlainData(Param->getType()))
      Given.Roots.insert(Place::of(Param));
  if (isInstanceMethod(Fn))
    Given.Roots.insert(Place::thisObject());
  if (Given.Roots.empty())
    return false;
  Facts.Scopes.push_back(std::move(Given));
  findTasks();
  bool AnyBound = llvm::any_of(Facts.Tasks, [&](const Task &T) {
    return bindingTo(T, Facts.Scopes.front()) == Binding::Bound;
  });
  if (!AnyBound)
    return false;
  Facts.EntryEvents.push_back({Event::TxBegin, 0, Fn.getLocation()});
  return true;
}

std::optional<SummaryPlace> FactCollector::givenPlace(const Place &P) const {
  SummaryPlace Given;
  if (P.isThis()) {
    if (!isInstanceMethod(Fn))
      return std::nullopt;
  } else {
    const auto *Param = dyn_cast<ParmVarDecl>(P.Root);
    if (!Param || Param->getFunctionScopeIndex() >= Fn.getNumParams() ||
        Fn.getParamDecl(Param->getFunctionScopeIndex()) != Param)
      return std::nullopt;
    Given.Param = int(Param->getFunctionScopeIndex());
  }
  for (llvm::StringRef Field : P.Fields)
    Given.Fields.push_back(Field.str());
  return Given;
}

std::vector<SummaryPlace> FactCollector::givenPlaces(const PlaceSet &Uses) {
  std::vector<SummaryPlace> Result;
  auto Add = [&](const Place &P) {
    // (A number or an enum passed along cannot lead to a transaction.)
    const auto *Value = dyn_cast_or_null<ValueDecl>(P.Root);
    if (Value && P.Fields.empty() && isPlainData(Value->getType()))
      return;
    std::optional<SummaryPlace> Given = givenPlace(P);
    if (Given && !llvm::is_contained(Result, *Given))
      Result.push_back(std::move(*Given));
  };
  for (const Place &P : Uses) {
    Add(P);
    if (P.Root)
      for (const Place &Source : sourcesOf(P.Root))
        Add(Source);
  }
  return Result;
}

void FactCollector::collectEffects(std::vector<TransactionEffect> &Effects) {
  index();
  auto Add = [&](TransactionEffect::EffectKind Kind, const Place &On) {
    std::optional<SummaryPlace> Given = givenPlace(On);
    if (!Given)
      return;
    bool Known = llvm::any_of(Effects, [&](const TransactionEffect &E) {
      return E.Kind == Kind && E.On == *Given;
    });
    if (!Known)
      Effects.push_back({Kind, std::move(*Given)});
  };
  findPairCalls([&](const Place &On, const Stmt *, TransactionEffect::EffectKind Kind, bool, bool) {
    Add(Kind, On);
  });
  // End methods of an RAII transaction it was given: tx.commit(), m_tx->commit().
  for (const CXXMemberCallExpr *Call : Idx->MemberCalls) {
    // A method called on `this` is a helper (its summary says what it ends,
    // above); asking whether its class is a transaction would infer the
    // class from inside the summary of one of its own methods, with the
    // others still unknown (mixxx's ~SqlTransaction() { rollback(); }).
    const Expr *Object = Call->getImplicitObjectArgument();
    if (Object && isa<CXXThisExpr>(Object->IgnoreParenImpCasts()))
      continue;
    const TransactionTypeRule *Rule = Model.transactionType(objectType(*Call));
    std::optional<EndKind> Kind =
        Rule ? endKindOf(Rule->CommitMethods, Rule->RollbackMethods, methodName(*Call))
             : std::nullopt;
    std::optional<Place> On = Kind ? placeOf(Call->getImplicitObjectArgument()) : std::nullopt;
    if (On)
      Add(*Kind == EndKind::Commit ? TransactionEffect::Commit : TransactionEffect::Rollback, *On);
  }
}

const Expr *FactCollector::argumentFor(const CallExpr &Call, int Param) const {
  // A member operator's object is its first argument.
  bool MemberOperator =
      isa<CXXOperatorCallExpr>(Call) && isa_and_nonnull<CXXMethodDecl>(Call.getDirectCallee());
  if (Param < 0) {
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(&Call))
      return Member->getImplicitObjectArgument();
    return MemberOperator && Call.getNumArgs() ? Call.getArg(0) : nullptr;
  }
  unsigned Index = unsigned(Param) + (MemberOperator ? 1 : 0);
  return Index < Call.getNumArgs() ? Call.getArg(Index) : nullptr;
}

PlaceSet FactCollector::mapPlace(const SummaryPlace &Given, const CallExpr &Call) {
  PlaceSet Mapped;
  const Expr *Argument = argumentFor(Call, Given.Param);
  if (!Argument)
    return Mapped;
  if (std::optional<Place> P = placeOf(Argument)) {
    // Field names live as long as the AST: its identifier table keeps them.
    for (const std::string &Field : Given.Fields)
      P->Fields.push_back(Fn.getASTContext().Idents.get(Field).getName());
    Mapped.insert(*P);
  } else {
    collectUses(Argument, Mapped, Members); // (anything the argument is made of)
  }
  return Mapped;
}

void FactCollector::addLeakedTasks(const CallExpr *Call) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  const FunctionSummary *Summary = Callee && Callees ? Callees->summaryOf(*Callee) : nullptr;
  if (!Summary)
    return;
  for (const LeakedTask &Leak : Summary->Leaks) {
    Task T;
    T.Start = Call;
    // A start in another unit cannot be reported from this one: at the call.
    T.Loc = Leak.Foreign || Leak.Start.isInvalid() ? diagLoc(*Call) : Leak.Start;
    T.Through = &Leak;
    T.ThroughCallee = Callee->getNameAsString();
    for (const SummaryPlace &Used : Leak.Uses)
      T.Uses.insertAll(mapPlace(Used, *Call));
    Out->Tasks.push_back(std::move(T));
    Followed.emplace_back();
    unsigned Index = Out->Tasks.size() - 1;
    addEvent(Call, {Event::TaskStart, Index, diagLoc(*Call)});
    // Spawned into a pool the caller passed: the caller's joins of it count.
    const GroupTypeRule *Group = nullptr;
    const Expr *Pool = Leak.HasGroup && Leak.Group.Fields.empty()
                           ? argumentFor(*Call, Leak.Group.Param) : nullptr;
    const Decl *GroupKey = Pool ? groupOf(Pool, Group) : nullptr;
    if (GroupKey) {
      followGroup(Index, GroupKey, *Group);
    } else if (Leak.HasGroup) {
      Out->Tasks[Index].Untracked = true; // a pool we cannot follow here
    } else {
      Out->Tasks[Index].FireAndForget = true; // gone when the call returns
      addEvent(Call, {Event::Detach, Index, diagLoc(*Call)});
    }
  }
}

} // namespace txscope
