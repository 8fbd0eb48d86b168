//===- Diagnosis.cpp - Decide and word one finding ------------------------===//
#include "Diagnosis.h"
#include "AstUtil.h"
#include "clang/AST/Decl.h"

namespace txscope {

/// "commits", "rolls back", ...: what the transaction does at \p End.
static std::string endVerb(const Event &End) {
  switch (End.End) {
  case EndKind::Commit:
    return "commits";
  case EndKind::Rollback:
    return "rolls back";
  case EndKind::MovedFrom:
    return "is moved from";
  case EndKind::LeftOpen:
    return "is left open by the function's return";
  case EndKind::CallbackReturn:
    return "ends as the callback returns";
  case EndKind::ScopeExit:
  case EndKind::Jump:
  case EndKind::Throw:
    break;
  }
  return "is destroyed";
}

static Note endNote(const TransactionScope &Scope, const Event &End) {
  const std::string Tx = "'" + Scope.Name + "'";
  const std::string While = " while the task may still be running";
  bool Open = Scope.Kind != TransactionScope::RAII;
  switch (End.End) {
  case EndKind::Commit:
  case EndKind::Rollback:
  case EndKind::MovedFrom:
    return {End.Loc, Tx + " " + endVerb(End) + " here" + While};
  case EndKind::ScopeExit:
    return {End.Loc, Tx + " is destroyed here, at the end of its scope," + While};
  case EndKind::Jump:
    return {End.Loc, Tx + " is destroyed by this '" + End.What + "'" + While};
  case EndKind::Throw:
    if (llvm::StringRef(End.What) == "call") // StrictMode: a call that may throw
      return {End.Loc, Open ? "if this call throws, the exception leaves transaction " + Tx + " open" + While
                            : Tx + " is destroyed if this call throws," + While};
    return {End.Loc, Open ? "the exception thrown here leaves transaction " + Tx + " open" + While
                          : Tx + " is destroyed when the exception thrown here propagates," + While};
  case EndKind::CallbackReturn:
    return {End.Loc, "the transaction callback returns here, ending " + Tx + "," + While};
  case EndKind::LeftOpen:
    break;
  }
  return {End.Loc, "the function returns here with transaction " + Tx + " still open" + While};
}

/// A task started inside a callee that returns while it runs (SPEC §2
/// *Across functions*): the warning sits on the start in the callee.
static void diagnoseThroughCall(const TransactionScope &Scope, const Task &T, const Event &End,
                                Finding &Out) {
  const LeakedTask &Leak = *T.Through;
  const std::string Tx = "'" + Scope.Name + "'";
  const std::string Started = "task started inside transaction " + Tx + " through the call to '" +
                              T.ThroughCallee + "'";
  const std::string Running = "it may still be running when " + Tx + " " + endVerb(End);
  Out.Kind = Leak.Kind;
  Out.OncePerLocation = true;
  switch (Leak.Kind) {
  case FindingKind::Escapes:
    Out.Message = "the handle of a " + Started + " escapes; " + Running;
    break;
  case FindingKind::TimedWaitOnly:
    Out.Message = Started + " is only waited for with a timeout; " + Running;
    break;
  case FindingKind::JoinedOnSomePaths:
    Out.Message = Started + " is joined on some paths only; " + Running;
    break;
  case FindingKind::NeverJoined:
    Out.Message = Started + " is never joined; " + Running;
    break;
  default:
    Out.Message = Started + " is detached; " + Running;
    break;
  }
  if (Leak.Foreign) {
    // (The warning is at the call: the start is in the unit defining the callee.)
    if (Leak.Start.isValid())
      Out.Notes.push_back({Leak.Start, "the task is started here, in another translation unit"});
  } else {
    Out.Notes.push_back({T.Start ? diagLoc(*T.Start) : End.Loc,
                         "'" + T.ThroughCallee + "' is called here, inside the transaction, and "
                         "returns while the task may still be running"});
  }
  for (const auto &Call : Leak.Calls)
    if (Call.first.isValid())
      Out.Notes.push_back({Call.first, "'" + Call.second + "' is called here and returns while the "
                                       "task may still be running"});
  if (Leak.Detail.isValid()) {
    const char *What = Leak.Kind == FindingKind::Escapes         ? "the handle escapes here"
                       : Leak.Kind == FindingKind::TimedWaitOnly ? "this timed wait may return while the task is still running"
                       : Leak.Kind == FindingKind::JoinedOnSomePaths ? "the task is joined here on other paths"
                       : Leak.Kind == FindingKind::NeverJoined ? "the task's handle is dropped here without a join"
                                                               : "the task is detached here";
    if (Leak.Detail != Leak.Start)
      Out.Notes.push_back({Leak.Detail, What});
  }
  Out.Notes.push_back(endNote(Scope, End));
}

bool diagnose(const EventGraph &G, const FunctionFacts &Facts, unsigned ScopeIndex,
              unsigned TaskIndex, bool Extends, Finding &Out) {
  const TransactionScope &Scope = Facts.Scopes[ScopeIndex];
  const Task &T = Facts.Tasks[TaskIndex];
  PathQuery Query(G, Scope, ScopeIndex, TaskIndex);
  BadPath Bad;
  if (!Query.findBadPath(Bad))
    return false;
  const Event *LateJoin = Query.firstAfter(Bad.After, Event::Join);
  // A deferred or lazy task does not run until it is joined: only a join
  // after the end runs it against the finished transaction.
  if (T.runsAtJoin() && !LateJoin)
    return false;

  if (T.Through) {
    Out.Loc = T.Loc;
    Out.Notes.push_back({Scope.BeginLoc, "transaction '" + Scope.Name + "' begins here"});
    diagnoseThroughCall(Scope, T, *Bad.End, Out);
    return true;
  }

  const std::string Tx = "'" + Scope.Name + "'";
  const std::string Started = "task started inside transaction " + Tx;
  const std::string Running = "it may still be running when " + Tx + " " + endVerb(*Bad.End);
  Out.Loc = T.Loc;
  Out.Notes.push_back({Scope.BeginLoc, "transaction " + Tx + " begins here"});
  auto AddEnd = [&] { Out.Notes.push_back(endNote(Scope, *Bad.End)); };

  if (Extends) {
    Out.Kind = FindingKind::ExtendsTransaction;
    Out.Message = Started + " shares ownership of it: the task extends the transaction beyond its scope";
    Out.Notes.push_back({Bad.End->Loc, "the transaction's scope ends here, but the task keeps it "
                                       "open while it runs"});
  } else if (T.Lazy) {
    Out.Kind = FindingKind::LazyRunsAfterEnd;
    Out.Message = "lazy task created inside transaction " + Tx + " runs only when awaited, after " +
                  Tx + " " + endVerb(*Bad.End);
    AddEnd();
    Out.Notes.push_back({LateJoin->Loc, "the lazy task is first awaited here, after the transaction ended"});
  } else if (T.Deferred) {
    Out.Kind = FindingKind::DeferredRunsAfterEnd;
    Out.Message = "deferred " + Started + " runs only when joined, after " + Tx + " " +
                  endVerb(*Bad.End);
    AddEnd();
    Out.Notes.push_back({LateJoin->Loc, "the deferred task runs here, after the transaction ended"});
  } else if (Bad.Detach && !LateJoin && !Bad.TimedWait) {
    // (A detached thread running a std::packaged_task or a promise is still
    // joined, or waited for, through the future it hands out: the late join
    // or the timed wait below is the better story.)
    Out.Kind = FindingKind::Detached;
    Out.Message = Started + " is detached; " + Running;
    if (!T.FireAndForget)
      Out.Notes.push_back({Bad.Detach->Loc, "the task is detached here"});
    AddEnd();
  } else if (Bad.Escape) {
    Out.Kind = FindingKind::Escapes;
    Out.Message = "the handle of a " + Started + " escapes; " + Running;
    Out.Notes.push_back({Bad.Escape->Loc, "the handle escapes here"});
    AddEnd();
  } else if (Bad.TimedWait) {
    // (A ready test, `f.isFinished()`, is a wait of no time at all.)
    bool Test = llvm::StringRef(Bad.TimedWait->What) == "ready-test";
    Out.Kind = FindingKind::TimedWaitOnly;
    Out.Message = Started + (Test ? " is only tested for having finished; "
                                  : " is only waited for with a timeout; ") + Running;
    Out.Notes.push_back({Bad.TimedWait->Loc, Test ? "this test may find the task still running"
                                                  : "this timed wait may return while the task is still running"});
    AddEnd();
  } else if (LateJoin && LateJoin->DestroyedVar) {
    Out.Kind = FindingKind::JoiningDestructorAfterEnd;
    std::string Handle = "'" + LateJoin->DestroyedVar->getNameAsString() + "'";
    Out.Message = Started + " is joined by the destructor of " + Handle + " only after " + Tx +
                  " " + endVerb(*Bad.End);
    AddEnd();
    Out.Notes.push_back({LateJoin->Loc, Handle + " is destroyed here and joins the task, "
                                        "after the transaction ended"});
  } else if (LateJoin) {
    Out.Kind = FindingKind::JoinedAfterEnd;
    Out.Message = Started + " may still be running when " + Tx + " " + endVerb(*Bad.End);
    AddEnd();
    Out.Notes.push_back({LateJoin->Loc, "the task is joined only here, after the transaction ended"});
    // A pool that outlives the transaction: the fix is to scope it inside.
    const auto *Pool = llvm::dyn_cast_or_null<clang::VarDecl>(T.Group);
    if (Pool && Pool->isLocalVarDecl() && G.isBefore(Pool->getLocation(), Scope.BeginLoc))
      Out.Notes.push_back({Pool->getLocation(),
                           "'" + Pool->getNameAsString() + "' is declared outside the transaction; "
                           "join it before " + Tx + " ends, or declare it inside the transaction's scope"});
  } else if (const Event *SomeJoin = Query.joinBeforeEnd()) {
    Out.Kind = FindingKind::JoinedOnSomePaths;
    Out.Message = Started + " is joined on some paths only; " + Running;
    AddEnd();
    Out.Notes.push_back({SomeJoin->Loc, "the task is joined here on other paths"});
  } else {
    Out.Kind = FindingKind::NeverJoined;
    Out.Message = Started + " is never joined; " + Running;
    AddEnd();
    const Event *Dropped = Bad.Dropped ? Bad.Dropped : Query.firstAfter(Bad.After, Event::Dropped);
    if (Dropped)
      Out.Notes.push_back({Dropped->Loc, Dropped->DestroyedVar
                                             ? "'" + Dropped->DestroyedVar->getNameAsString() +
                                                   "' is destroyed here without waiting for the task"
                                             : "the task's handle is discarded here without a join"});
  }
  return true;
}

} // namespace txscope
