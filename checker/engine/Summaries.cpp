//===- Summaries.cpp - What functions in the same translation unit do -----===//
#include "Summaries.h"
#include "EventGraph.h"
#include "FactCollector.h"
#include "AstUtil.h"
#include "PathQuery.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace txscope {

/// The body to summarise: defined here, not a template pattern.
static Stmt *summaryBody(const FunctionDecl &Callee, const FunctionDecl *&Def) {
  if (!Callee.hasBody(Def) || Def->isDependentContext() || Def->isInvalidDecl())
    return nullptr;
  Stmt *Body = Def->getBody();
  if (auto *Coroutine = dyn_cast_or_null<CoroutineBodyStmt>(Body))
    Body = Coroutine->getBody();
  return Body;
}

bool Summaries::isLibrary(const FunctionDecl &Def) {
  return Def.getASTContext().getSourceManager().isInSystemHeader(Def.getLocation());
}

const FunctionSummary *Summaries::importedSummary(const FunctionDecl &Callee) {
  if (!Imported || Callee.hasBody() || Callee.isDependentContext() || isLibrary(Callee))
    return nullptr;
  return Imported->function(Callee);
}

std::optional<ReturnedTask> Summaries::findReturnedTask(const FunctionDecl &Def, Stmt *Body) {
  FunctionFacts Facts;
  FactCollector(Model, /*StrictMode=*/false, Def, Body, nullptr, this).collectTasks(Facts);
  std::optional<ReturnedTask> Found;
  for (const Task &T : Facts.Tasks)
    if (T.Returned && !T.Untracked)
      Found = ReturnedTask{T.HandleDestructor, T.Deferred, T.Lazy};
  return Found;
}

std::optional<bool> Summaries::joinsOnEveryPath(const FunctionDecl &Def, Stmt *Body, unsigned Param) {
  FunctionFacts Facts;
  FactCollector Collector(Model, /*StrictMode=*/false, Def, Body, nullptr, this);
  Collector.collectParameterTask(Facts, *Def.getParamDecl(Param));
  std::unique_ptr<EventGraph> G =
      EventGraph::build(Def, Body, Def.getASTContext(), Facts, Collector.parentMap(), StepBudget);
  if (!G)
    return false;
  EventGraph::Point Entry;
  bool EveryPath = G->pointAfter(Event::TaskStart, 0, Entry) &&
                   !G->exitReachable(Entry, [](const Event &E) { return E.Kind == Event::Join; });
  if (G->budgetSpent())
    return std::nullopt; // too large to tell: as if unseen
  return EveryPath;
}

const ReturnedTask *Summaries::returnedTask(const FunctionDecl &Callee) {
  const FunctionDecl *Def = nullptr;
  Stmt *Body = summaryBody(Callee, Def);
  if (!Body) {
    const FunctionSummary *Summary =
        Model.handleType(Callee.getReturnType()) ? importedSummary(Callee) : nullptr;
    return Summary && Summary->Returned ? &*Summary->Returned : nullptr;
  }
  if (!Model.handleType(Def->getReturnType()))
    return nullptr;
  if (!isLibrary(*Def)) {
    const FunctionSummary *Summary = summaryOf(*Def);
    return Summary && Summary->Returned ? &*Summary->Returned : nullptr;
  }
  auto It = Returned.find(Def);
  if (It != Returned.end())
    return It->second ? &*It->second : nullptr;
  if (!InProgress.insert(Def).second)
    return nullptr; // recursion: assume it returns no task
  std::optional<ReturnedTask> Found = findReturnedTask(*Def, Body);
  InProgress.erase(Def);
  std::optional<ReturnedTask> &Slot = Returned[Def];
  Slot = Found;
  return Slot ? &*Slot : nullptr;
}

std::optional<bool> Summaries::joinsParameter(const FunctionDecl &Callee, unsigned Param) {
  if (Param >= Callee.getNumParams())
    return std::nullopt;
  const FunctionDecl *Def = nullptr;
  Stmt *Body = summaryBody(Callee, Def);
  if (!Body || !isLibrary(*Def)) {
    const FunctionSummary *Summary = Body ? summaryOf(*Def) : importedSummary(Callee);
    if (!Summary || llvm::is_contained(Summary->UnknownJoins, Param))
      return std::nullopt;
    return llvm::is_contained(Summary->JoinedParameters, Param);
  }
  auto Key = std::make_pair(Def, Param);
  auto It = Joins.find(Key);
  if (It != Joins.end())
    return It->second;
  if (!InProgress.insert(Def).second)
    return std::nullopt; // recursion: treat as unseen
  std::optional<bool> EveryPath = joinsOnEveryPath(*Def, Body, Param);
  InProgress.erase(Def);
  return Joins[Key] = EveryPath;
}

const PlaceSet &Summaries::membersUsedBy(const CXXMethodDecl &Method) {
  static const PlaceSet Nothing;
  const FunctionDecl *Def = nullptr;
  Stmt *Body = summaryBody(Method, Def);
  std::unique_ptr<PlaceSet> &Known = MemberUseSets[cast<CXXMethodDecl>(Method.getCanonicalDecl())];
  if (Known)
    return *Known;
  auto Uses = std::make_unique<PlaceSet>();
  if (!Body) {
    const PlaceSet *Elsewhere = Imported && !Method.hasBody() ? Imported->membersUsedBy(Method) : nullptr;
    if (Elsewhere)
      Uses->insertAll(*Elsewhere);
    else
      Uses->insert(Place::thisObject()); // unseen: it may use any member
  } else {
    if (!InProgress.insert(Def).second)
      return Nothing; // recursion: the outer call collects the rest
    collectThisUses(Body, *Uses, this);
    InProgress.erase(Def);
  }
  // (The map may have grown meanwhile: look the slot up again.)
  std::unique_ptr<PlaceSet> &Slot = MemberUseSets[cast<CXXMethodDecl>(Method.getCanonicalDecl())];
  Slot = std::move(Uses);
  return *Slot;
}

/// Why a task is still running when the function returns on path \p Bad.
static void classifyLeak(const BadPath &Bad, const PathQuery &Query, LeakedTask &Leak) {
  if (Bad.Detach) {
    Leak.Kind = FindingKind::Detached;
    Leak.Detail = Bad.Detach->Loc;
  } else if (Bad.Escape) {
    Leak.Kind = FindingKind::Escapes;
    Leak.Detail = Bad.Escape->Loc;
  } else if (Bad.TimedWait) {
    Leak.Kind = FindingKind::TimedWaitOnly;
    Leak.Detail = Bad.TimedWait->Loc;
  } else if (const Event *Join = Query.joinBeforeEnd()) {
    Leak.Kind = FindingKind::JoinedOnSomePaths;
    Leak.Detail = Join->Loc;
  } else {
    Leak.Kind = FindingKind::NeverJoined;
    const Event *Dropped = Bad.Dropped ? Bad.Dropped : Query.firstAfter(Bad.After, Event::Dropped);
    if (Dropped)
      Leak.Detail = Dropped->Loc;
  }
}

void Summaries::build(const FunctionDecl &Def, Stmt *Body, FunctionSummary &Out) {
  if (Model.handleType(Def.getReturnType()))
    Out.Returned = findReturnedTask(Def, Body);
  // Join helpers: parameters taking a handle or a container of handles.
  for (unsigned Param = 0; Param < Def.getNumParams(); ++Param) {
    QualType T = Def.getParamDecl(Param)->getType();
    if (!T->isLValueReferenceType() ||
        (!Model.handleType(T.getNonReferenceType()) && !Model.containerElementHandle(T)))
      continue;
    std::optional<bool> Joins = joinsOnEveryPath(Def, Body, Param);
    if (!Joins)
      Out.UnknownJoins.push_back(Param);
    else if (*Joins)
      Out.JoinedParameters.push_back(Param);
  }
  FunctionFacts Facts;
  FactCollector Collector(Model, /*StrictMode=*/false, Def, Body, nullptr, this);
  Collector.collectEffects(Out.Effects);
  if (!Collector.collectGiven(Facts))
    return;
  std::unique_ptr<EventGraph> G =
      EventGraph::build(Def, Body, Def.getASTContext(), Facts, Collector.parentMap(), StepBudget);
  if (!G)
    return;
  const TransactionScope &Given = Facts.Scopes.front();
  for (unsigned T = 0; T < Facts.Tasks.size() && !G->budgetSpent(); ++T) {
    const Task &Started = Facts.Tasks[T];
    // A returned handle is a task start at each call (returnedTask); a lazy
    // or deferred task left unawaited never runs.
    if (Started.Returned || Started.runsAtJoin() ||
        Collector.bindingTo(Started, Given) != Binding::Bound)
      continue;
    PathQuery Query(*G, Given, 0, T);
    BadPath Bad;
    if (!Query.findBadPath(Bad))
      continue;
    LeakedTask Leak;
    if (Started.Through) {
      Leak = *Started.Through;
      Leak.Calls.insert(Leak.Calls.begin(), std::make_pair(diagLoc(*Started.Start), Started.ThroughCallee));
      Leak.HasGroup = false;
    } else {
      Leak.Start = Started.Loc;
      classifyLeak(Bad, Query, Leak);
    }
    Leak.Uses = Collector.givenPlaces(Started.Uses);
    // Spawned into a pool the function was given: the caller joins it.
    if (const Decl *Pool = Started.Group) {
      std::optional<SummaryPlace> GivenPool;
      if (const auto *Field = dyn_cast<FieldDecl>(Pool)) {
        Place Member = Place::thisObject();
        Member.Fields.push_back(Field->getName());
        GivenPool = Collector.givenPlace(Member);
      } else {
        GivenPool = Collector.givenPlace(Place::of(Pool));
      }
      if (GivenPool) {
        Leak.HasGroup = true;
        Leak.Group = std::move(*GivenPool);
      }
    }
    // One leak per start: the nearest way to it (a recursive function
    // reaches its own starts again through itself).
    auto Known = llvm::find_if(Out.Leaks, [&](const LeakedTask &L) { return L.Start == Leak.Start; });
    if (Known == Out.Leaks.end())
      Out.Leaks.push_back(std::move(Leak));
    else if (Leak.Calls.size() < Known->Calls.size())
      *Known = std::move(Leak);
  }
}

const FunctionSummary *Summaries::summaryOf(const FunctionDecl &Callee) {
  const FunctionDecl *Def = nullptr;
  Stmt *Body = summaryBody(Callee, Def);
  if (!Body)
    return importedSummary(Callee);
  if (isLibrary(*Def))
    return nullptr;
  auto Known = Computed.find(Def);
  if (Known != Computed.end())
    return Known->second.get();
  if (Building.count(Def)) {
    RecursionSeen = true;
    auto Approximation = Approximations.find(Def);
    return Approximation == Approximations.end() ? nullptr : Approximation->second.get();
  }
  Building.insert(Def);
  bool OuterRecursion = RecursionSeen;
  auto Summary = std::make_unique<FunctionSummary>();
  // A bounded fixed point: recomputed while a recursive call saw an older
  // approximation that grew since.
  for (unsigned Round = 0; Round < 3; ++Round) {
    RecursionSeen = false;
    build(*Def, Body, *Summary);
    std::unique_ptr<FunctionSummary> &Previous = Approximations[Def];
    bool Stable = Previous && Previous->Leaks.size() == Summary->Leaks.size() &&
                  Previous->Effects.size() == Summary->Effects.size();
    if (!RecursionSeen || Stable)
      break;
    if (Previous)
      Superseded.push_back(std::move(Previous));
    Previous = std::move(Summary);
    Summary = std::make_unique<FunctionSummary>();
  }
  RecursionSeen = OuterRecursion;
  Building.erase(Def);
  if (auto Approximation = Approximations.find(Def); Approximation != Approximations.end()) {
    if (Approximation->second)
      Superseded.push_back(std::move(Approximation->second));
    Approximations.erase(Approximation);
  }
  FunctionSummary *Result = Summary.get();
  Computed[Def] = std::move(Summary);
  return Result;
}

} // namespace txscope
