//===- Summaries.cpp - What callees in the same translation unit do -------===//
#include "Summaries.h"
#include "EventGraph.h"
#include "FactCollector.h"
#include "clang/AST/StmtCXX.h"

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

const Task *Summaries::returnedTask(const FunctionDecl &Callee) {
  const FunctionDecl *Def = nullptr;
  Stmt *Body = summaryBody(Callee, Def);
  if (!Body || !Model.handleType(Def->getReturnType()))
    return nullptr;
  auto It = Returned.find(Def);
  if (It != Returned.end())
    return It->second ? &*It->second : nullptr;
  if (!InProgress.insert(Def).second)
    return nullptr; // recursion: assume it returns no task
  FunctionFacts Facts;
  FactCollector(Model, /*StrictMode=*/false, *Def, Body, nullptr, this).collectTasks(Facts);
  InProgress.erase(Def);
  std::optional<Task> Found;
  for (const Task &T : Facts.Tasks)
    if (T.Returned && !T.Untracked)
      Found = T;
  return (Returned[Def] = Found) ? &*Returned[Def] : nullptr;
}

std::optional<bool> Summaries::joinsParameter(const FunctionDecl &Callee, unsigned Param) {
  const FunctionDecl *Def = nullptr;
  Stmt *Body = summaryBody(Callee, Def);
  if (!Body || Param >= Def->getNumParams())
    return std::nullopt;
  auto Key = std::make_pair(Def, Param);
  auto It = Joins.find(Key);
  if (It != Joins.end())
    return It->second;
  if (!InProgress.insert(Def).second)
    return std::nullopt; // recursion: treat as unseen
  FunctionFacts Facts;
  FactCollector Collector(Model, /*StrictMode=*/false, *Def, Body, nullptr, this);
  Collector.collectParameterTask(Facts, *Def->getParamDecl(Param));
  std::optional<bool> EveryPath = false;
  if (std::unique_ptr<EventGraph> G = EventGraph::build(*Def, Body, Def->getASTContext(), Facts,
                                                        Collector.parentMap(), StepBudget)) {
    EventGraph::Point Entry;
    EveryPath = G->pointAfter(Event::TaskStart, 0, Entry) &&
                !G->exitReachable(Entry, [](const Event &E) { return E.Kind == Event::Join; });
    if (G->budgetSpent())
      EveryPath = std::nullopt; // too large to tell: as if unseen
  }
  InProgress.erase(Def);
  return Joins[Key] = EveryPath;
}

} // namespace txscope
