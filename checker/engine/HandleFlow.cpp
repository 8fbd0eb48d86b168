//===- HandleFlow.cpp - Following a task's handle through one body --------===//
//
// The FactCollector's part that follows where a task's handle goes: into a
// variable, a container, a group, a call; joined, detached, dropped, escaping.
//
//===----------------------------------------------------------------------===//
#include "FactIndex.h"
#include "Summaries.h"

using namespace clang;

namespace txscope {

// --- Following a handle ----------------------------------------------------

static bool joins(DestructorKind Kind) {
  return Kind == DestructorKind::Join || Kind == DestructorKind::CancelAndJoin;
}

void FactCollector::dropOrJoinAtEnd(unsigned TaskIndex, const Stmt *Anchor) {
  Task &T = Out->Tasks[TaskIndex];
  if (joins(T.HandleDestructor) && !T.runsAtJoin())
    T.JoinedAtStart = true;
  else
    addEvent(Anchor, {Event::Dropped, TaskIndex, diagLoc(*Anchor)});
}

static const VarDecl *localVar(const Expr *E) {
  const auto *Ref = dyn_cast_or_null<DeclRefExpr>(E ? E->IgnoreParenImpCasts() : nullptr);
  const auto *Var = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  return Var && isAutomaticLocal(*Var) ? Var : nullptr;
}

/// The assignment target when \p Parent assigns the value coming from \p Child.
static const Expr *assignmentTarget(const Stmt *Parent, const Stmt *Child) {
  if (const auto *Op = dyn_cast<BinaryOperator>(Parent))
    return Op->getOpcode() == BO_Assign && Op->getRHS() == Child ? Op->getLHS() : nullptr;
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Parent))
    return Op->getOperator() == OO_Equal && Op->getNumArgs() == 2 && Op->getArg(1) == Child
               ? Op->getArg(0) : nullptr;
  return nullptr;
}

/// The variable \p Parent declares with \p Child as its initializer.
static const VarDecl *initializedVar(const Stmt *Parent, const Stmt *Child) {
  const auto *DS = dyn_cast_or_null<DeclStmt>(Parent);
  if (!DS)
    return nullptr;
  for (const Decl *D : DS->decls())
    if (const auto *Var = dyn_cast<VarDecl>(D))
      if (Var->getInit() == Child)
        return Var;
  return nullptr;
}

void FactCollector::followTaskObjectFutures(unsigned TaskIndex) {
  for (const Place &Used : Out->Tasks[TaskIndex].Uses) {
    const auto *Object = Used.Fields.empty() ? dyn_cast_or_null<VarDecl>(Used.Root) : nullptr;
    const TaskObjectRule *Rule = Object ? Model.taskObjectType(Object->getType()) : nullptr;
    if (!Rule || !Object->isLocalVarDecl())
      continue;
    // auto f = pt.get_future();
    for (const DeclRefExpr *Ref : Idx->Refs.lookup(Object)) {
      const CXXMemberCallExpr *Call = memberCallOn(PM, Ref);
      if (!Call || !nameListed(Rule->FutureMethods, methodName(*Call)))
        continue;
      Flow F = flowUp(PM, Call);
      const VarDecl *Future = initializedVar(F.Parent, F.Child);
      const HandleTypeRule *Handle = Future ? Model.handleType(Future->getType()) : nullptr;
      if (Handle && Future->isLocalVarDecl())
        followHolder(TaskIndex, Future, Holder::Handle, Handle, Handle->Destructor);
    }
  }
}

void FactCollector::followStart(unsigned TaskIndex, const HandleTypeRule *Handle) {
  followValue(TaskIndex, Out->Tasks[TaskIndex].Start, Handle, /*AtStart=*/true);
}

void FactCollector::followValue(unsigned TaskIndex, const Expr *Value, const HandleTypeRule *Handle,
                                bool AtStart) {
  auto JoinHere = [&](const Stmt *At) {
    if (AtStart)
      Out->Tasks[TaskIndex].JoinedAtStart = true;
    else
      addEvent(Value, {Event::Join, TaskIndex, diagLoc(*At)});
  };
  Flow F = flowUp(PM, Value);
  if (const CoawaitExpr *Await = awaitedBy(PM, Value)) {
    JoinHere(Await); // co_await update(tx);
    return;
  }
  if (!F.Parent || !isa<Expr>(F.Parent)) {
    if (const VarDecl *Var = initializedVar(F.Parent, F.Child)) {
      unsigned Element = 0;
      const HandleTypeRule *Held = Handle ? nullptr : Model.elementHandle(Value->getType(), Element);
      const auto *Parts = dyn_cast<DecompositionDecl>(Var);
      if (Held && Parts && isAutomaticLocal(*Var)) {
        // auto [task, future] = executor.dependent_async(...);
        if (Element < Parts->bindings().size()) {
          Out->Tasks[TaskIndex].HandleDestructor = Held->Destructor;
          followHolder(TaskIndex, Parts->bindings()[Element], Holder::Handle, Held, Held->Destructor);
        }
      } else if (Held) {
        Out->Tasks[TaskIndex].Untracked = true; // p.second, std::get<1>(p): not followed
      } else if (isAutomaticLocal(*Var))
        followHolder(TaskIndex, Var, Holder::Handle, Handle, Out->Tasks[TaskIndex].HandleDestructor);
      else
        addEvent(Value, {Event::Escape, TaskIndex, diagLoc(*Value)});
      return;
    }
    if (isa_and_nonnull<ReturnStmt>(F.Parent)) {
      addEvent(Value, {Event::Escape, TaskIndex, diagLoc(*Value)});
      Out->Tasks[TaskIndex].Returned = true;
      return;
    }
    dropOrJoinAtEnd(TaskIndex, Value); // discarded full-expression
    return;
  }
  if (isa<MemberExpr>(F.Parent)) {
    const CXXMemberCallExpr *Call = memberCallOn(PM, Value);
    llvm::StringRef Name = Call ? methodName(*Call) : "";
    unsigned Args = Call ? explicitArgCount(*Call) : 0;
    if (Handle && Call && memberListed(Handle->JoinMethods, Name, Args))
      JoinHere(Call);
    else if (Handle && Call && memberListed(Handle->DetachMethods, Name, Args))
      addEvent(Call, {Event::Detach, TaskIndex, diagLoc(*Call)});
    else
      dropOrJoinAtEnd(TaskIndex, Value);
    return;
  }
  if (const Expr *Target = assignmentTarget(F.Parent, F.Child)) {
    if (const VarDecl *Var = localVar(Target))
      followHolder(TaskIndex, Var, Holder::Handle, Handle, Out->Tasks[TaskIndex].HandleDestructor);
    else
      addEvent(Value, {Event::Escape, TaskIndex, diagLoc(*Value)});
    return;
  }
  if (const auto *Call = dyn_cast<CallExpr>(F.Parent)) {
    flowIntoCall(TaskIndex, Value, *Call, F.Child, /*IsTemporary=*/AtStart);
    return;
  }
  Out->Tasks[TaskIndex].Untracked = true;
}

/// Whether \p Call starts a task running now (not a lazy one): a task-start
/// rule's call or a group's spawn member.
static bool startsEagerTask(const LibraryModel &Model, const CallExpr &Call) {
  if (const TaskStartRule *Rule = Model.taskStartCall(Call))
    return !Rule->Lazy;
  const auto *Member = dyn_cast<CXXMemberCallExpr>(&Call);
  const GroupTypeRule *Group = Member ? Model.groupType(objectType(*Member)) : nullptr;
  return Group && nameListed(Group->SpawnMethods, methodName(*Member));
}

void FactCollector::flowIntoCall(unsigned TaskIndex, const Stmt *Anchor, const CallExpr &Call,
                                 const Stmt *Arg, bool IsTemporary) {
  const Task &T = Out->Tasks[TaskIndex];
  // A lazy task handed to a task start runs in that task, from there on
  // (co_spawn(ex, std::move(t)), start_detached(std::move(sender))).
  if (T.Lazy && startsEagerTask(Model, Call)) {
    if (IsTemporary)
      Out->Tasks[TaskIndex].JoinedAtStart = true;
    else
      addEvent(Anchor, {Event::Join, TaskIndex, diagLoc(Call)});
    return;
  }
  if (Model.isJoinCall(Call)) {
    // A combinator of lazy tasks (collectAllRange, when_all) returns a lazy
    // task: what it combines runs when that one is awaited (SPEC §2).
    const HandleTypeRule *Result =
        Out->Tasks[TaskIndex].Lazy ? Model.handleType(Call.getType()) : nullptr;
    if (Result && Result->Lazy) {
      followValue(TaskIndex, &Call, Result, /*AtStart=*/false);
      return;
    }
    // WaitAllCheckedFor(d, tasks...): joined where its result says so.
    if (const JoinFunctionRule *Wait = Model.joinFunction(Call); Wait && Wait->Timed) {
      addEvent(Anchor, {Event::TimedWait, TaskIndex, diagLoc(Call)});
      addReadyBranches(TaskIndex, Call, &Wait->ReadyStatus);
      return;
    }
    if (IsTemporary)
      Out->Tasks[TaskIndex].JoinedAtStart = true;
    else
      addEvent(Anchor, {Event::Join, TaskIndex, diagLoc(Call)});
    return;
  }
  if (Model.isDetachCall(Call)) {
    addEvent(Anchor, {Event::Detach, TaskIndex, diagLoc(Call)});
    return;
  }
  // A sender passed to an adaptor (`operator|`, then, when_all) is part of
  // the sender it returns.
  if (T.Wrapped && Call.isPRValue() && Call.getType()->isRecordType()) {
    followValue(TaskIndex, &Call, nullptr, IsTemporary);
    return;
  }
  const FunctionDecl *Callee = Call.getDirectCallee();
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(&Call)) {
    QualType Receiver = objectType(*Member);
    const Expr *Object = Member->getImplicitObjectArgument();
    // Stored into a local container of handles: follow the container.
    if (const VarDecl *Container = localVar(Object)) {
      if (const HandleTypeRule *Element = Model.containerElementHandle(Receiver)) {
        followHolder(TaskIndex, Container, Holder::Container, Element,
                     Out->Tasks[TaskIndex].HandleDestructor);
        return;
      }
    }
    // Adopted by a group (QFutureSynchronizer::addFuture): the group joins it.
    const GroupTypeRule *Group = Model.groupType(Receiver);
    const Decl *Key = receiverKey(Object);
    if (Group && Key && nameListed(Group->AdoptMethods, methodName(*Member))) {
      followGroup(TaskIndex, Key, *Group);
      return;
    }
  }
  // An argument bound to a reference parameter stays ours; the callee may
  // join it (SPEC §3), unless StrictMode treats unseen callees as escapes.
  const ParmVarDecl *Param = nullptr;
  if (Callee)
    for (unsigned I = 0; I < Call.getNumArgs() && I < Callee->getNumParams(); ++I)
      if (Call.getArg(I) == Arg)
        Param = Callee->getParamDecl(I);
  bool ByLvalueRef = Param && Param->getType()->isLValueReferenceType();
  // A callee whose body we see joins it only if it does so on every path.
  std::optional<bool> CalleeJoins;
  if (ByLvalueRef && Callees)
    CalleeJoins = Callees->joinsParameter(*Callee, Param->getFunctionScopeIndex());
  if (CalleeJoins) {
    if (*CalleeJoins)
      addEvent(Anchor, {Event::Join, TaskIndex, diagLoc(Call)});
    return;
  }
  if (ByLvalueRef && !StrictMode) {
    if (IsTemporary)
      dropOrJoinAtEnd(TaskIndex, Anchor);
    else
      addEvent(Anchor, {Event::Join, TaskIndex, diagLoc(Call)});
    return;
  }
  addEvent(Anchor, {Event::Escape, TaskIndex, diagLoc(*Anchor)});
}

/// Whether \p S runs whenever \p Limit (a loop body) runs: no branch or
/// loop between them.
static bool executesUnconditionally(const ParentMap &PM, const Stmt *S, const Stmt *Limit) {
  if (S == Limit)
    return true;
  const Stmt *Child = S;
  for (const Stmt *P = PM.getParent(S); P; Child = P, P = PM.getParent(P)) {
    if (P == Limit)
      return true;
    if (isa<IfStmt>(P) || isa<SwitchStmt>(P) || isa<ForStmt>(P) || isa<WhileStmt>(P) ||
        isa<DoStmt>(P) || isa<CXXForRangeStmt>(P) || isa<ConditionalOperator>(P) ||
        isa<BinaryConditionalOperator>(P) || isa<CXXTryStmt>(P))
      return false;
    if (const auto *Op = dyn_cast<BinaryOperator>(P))
      if (Op->isLogicalOp() && Op->getRHS() == Child)
        return false;
  }
  return false;
}

bool FactCollector::joinedInLoopBody(const CXXForRangeStmt &Loop, const HandleTypeRule &Handle,
                                     Event::EventKind &Kind) const {
  const VarDecl *Element = Loop.getLoopVariable();
  bool Found = false;
  for (const DeclRefExpr *Ref : Idx->Refs.lookup(Element)) {
    if (!executesUnconditionally(PM, Ref, Loop.getBody()))
      continue;
    if (awaitedBy(PM, Ref)) { // for (auto &t : tasks) co_await std::move(t);
      Kind = Event::Join;
      return true;
    }
    Flow F = flowUp(PM, Ref);
    if (const CXXMemberCallExpr *Call = memberCallOn(PM, Ref)) {
      unsigned Args = explicitArgCount(*Call);
      if (memberListed(Handle.JoinMethods, methodName(*Call), Args)) {
        Kind = Event::Join;
        return true;
      }
      if (memberListed(Handle.TimedWaitMethods, methodName(*Call), Args)) {
        Kind = Event::TimedWait;
        Found = true;
      } else if (memberListed(Handle.DetachMethods, methodName(*Call), Args)) {
        Kind = Event::Detach;
        Found = true;
      }
    } else if (const auto *Call = dyn_cast_or_null<CallExpr>(F.Parent)) {
      if (Model.isJoinCall(*Call)) {
        Kind = Event::Join;
        return true;
      }
    }
  }
  return Found;
}

const Stmt *FactCollector::enclosingLoopCondition(const Stmt *S) const {
  for (const Stmt *P = PM.getParent(S); P; P = PM.getParent(P)) {
    if (const auto *For = dyn_cast<ForStmt>(P))
      return executesUnconditionally(PM, S, For->getBody()) ? For->getCond() : nullptr;
    if (const auto *While = dyn_cast<WhileStmt>(P))
      return executesUnconditionally(PM, S, While->getBody()) ? While->getCond() : nullptr;
  }
  return nullptr;
}

void FactCollector::addElementJoin(unsigned TaskIndex, const DeclRefExpr *Ref,
                                   const CallExpr &Element, const HandleTypeRule &Handle) {
  const CXXMemberCallExpr *Call = memberCallOn(PM, &Element);
  if (!Call || !memberListed(Handle.JoinMethods, methodName(*Call), explicitArgCount(*Call)))
    return;
  // Inside a loop over the container the join covers every element: it
  // happens where the loop condition is evaluated, on every path past it.
  const Stmt *Cond = enclosingLoopCondition(Call);
  addEvent(Cond ? Cond : Ref, {Event::Join, TaskIndex, diagLoc(*Call)});
}

void FactCollector::followHolder(unsigned TaskIndex, const ValueDecl *Var, Holder Kind,
                                 const HandleTypeRule *Handle, DestructorKind Destructor) {
  if (!Followed[TaskIndex].insert(Var).second)
    return;
  const auto *Binding = dyn_cast<BindingDecl>(Var);
  const auto *Owner = dyn_cast_or_null<VarDecl>(Binding ? Binding->getDecomposedDecl() : Var);
  if (!Owner)
    return;
  bool MovedAway = false;
  // A detached task is no longer joined by the handle's destructor
  // (std::jthread, userver's tasks); the paths that skip the detach are
  // not told apart.
  bool Detached = false;
  for (const DeclRefExpr *Ref : Idx->Refs.lookup(Var)) {
    Flow F = flowUp(PM, Ref);
    auto Emit = [&](Event::EventKind K, const Stmt *At) {
      addEvent(Ref, {K, TaskIndex, diagLoc(*At)});
    };
    if (const CoawaitExpr *Await = awaitedBy(PM, Ref)) {
      Emit(Event::Join, Await); // co_await task;
      continue;
    }
    if (Kind == Holder::Container) {
      // tasks[i].get(), tasks.at(i).get(), tasks.front().wait() ...; the
      // container's own members (size, push_back, ...) do nothing to the tasks.
      const auto *Element = dyn_cast_or_null<CallExpr>(F.Parent);
      if (Element && Handle && Model.handleType(Element->getType()) && !Model.isJoinCall(*Element)) {
        addElementJoin(TaskIndex, Ref, *Element, *Handle);
        continue;
      }
    } else if (const CXXMemberCallExpr *Call = memberCallOn(PM, Ref)) {
      if (!Handle)
        continue;
      llvm::StringRef Name = methodName(*Call);
      unsigned Args = explicitArgCount(*Call);
      // A timed wait, or a test that the task finished, joins only on the
      // branch where its result says so (ReadyTests.cpp).
      if (memberListed(Handle->JoinMethods, Name, Args)) {
        Emit(Event::Join, Call);
      } else if (memberListed(Handle->TimedWaitMethods, Name, Args)) {
        Emit(Event::TimedWait, Call);
        addReadyBranches(TaskIndex, *Call, &Handle->ReadyStatus);
      } else if (memberListed(Handle->ReadyTestMethods, Name, Args)) {
        addEvent(Ref, {Event::TimedWait, TaskIndex, diagLoc(*Call), EndKind::ScopeExit, nullptr,
                       "ready-test"});
        addReadyBranches(TaskIndex, *Call, nullptr);
      } else if (memberListed(Handle->DetachMethods, Name, Args)) {
        Emit(Event::Detach, Call);
        Detached = true;
      }
      continue;
    }
    // for (auto &f : tasks) f.get();
    if (const auto *DS = dyn_cast_or_null<DeclStmt>(F.Parent)) {
      const auto *Loop = dyn_cast_or_null<CXXForRangeStmt>(PM.getParent(DS));
      if (Loop && Loop->getRangeStmt() == DS) {
        Event::EventKind K;
        // Iterating a generator (whose begin() runs it) runs it.
        if (Handle && Kind == Holder::Handle && memberListed(Handle->JoinMethods, "begin", 0))
          addEvent(Ref, {Event::Join, TaskIndex, Loop->getForLoc()});
        else if (Handle && joinedInLoopBody(*Loop, *Handle, K))
          addEvent(Ref, {K, TaskIndex, Loop->getForLoc()});
        continue;
      }
    }
    if (isa_and_nonnull<ReturnStmt>(F.Parent)) {
      Emit(Event::Escape, Ref);
      Out->Tasks[TaskIndex].Returned |= Kind == Holder::Handle;
      MovedAway = true;
      continue;
    }
    if (const VarDecl *Init = initializedVar(F.Parent, F.Child)) {
      if (Init->getType()->isReferenceType() && !F.Moved)
        followHolder(TaskIndex, Init, Kind, Handle, Destructor); // an alias
      else if (isAutomaticLocal(*Init))
        followHolder(TaskIndex, Init, Kind, Handle, Destructor);
      else
        Emit(Event::Escape, Ref);
      MovedAway |= F.Moved;
      continue;
    }
    if (const Expr *Target = assignmentTarget(F.Parent, F.Child)) {
      if (const VarDecl *To = localVar(Target))
        followHolder(TaskIndex, To, Kind, Handle, Destructor);
      else
        Emit(Event::Escape, Ref);
      MovedAway |= F.Moved;
      continue;
    }
    if (const auto *Call = dyn_cast_or_null<CallExpr>(F.Parent)) {
      // (Operators do nothing to the task, but a join function or a task
      // start may be an object whose operator() is called, and a sender's
      // `|` wraps it.)
      if (!isa<CXXOperatorCallExpr>(Call) || Model.isJoinCall(*Call) || Model.isDetachCall(*Call) ||
          Model.taskStartCall(*Call) || Out->Tasks[TaskIndex].Wrapped) {
        flowIntoCall(TaskIndex, Ref, *Call, F.Child, /*IsTemporary=*/false);
        MovedAway |= F.Moved;
      }
      continue;
    }
  }
  if (MovedAway)
    return;
  bool Joins = joins(Destructor) && !Detached && !Out->Tasks[TaskIndex].runsAtJoin();
  addDtorEvent(Owner, {Joins ? Event::Join : Event::Dropped, TaskIndex, SourceLocation(),
                       EndKind::ScopeExit, Var});
}

void FactCollector::followGroup(unsigned TaskIndex, const Decl *GroupKey, const GroupTypeRule &Group) {
  Out->Tasks[TaskIndex].Group = GroupKey;
  for (const CXXMemberCallExpr *Call : Idx->MemberCalls) {
    if (receiverKey(Call->getImplicitObjectArgument()) != GroupKey)
      continue;
    llvm::StringRef Name = methodName(*Call);
    unsigned Args = explicitArgCount(*Call);
    if (memberListed(Group.JoinMethods, Name, Args))
      addEvent(Call, {Event::Join, TaskIndex, diagLoc(*Call)});
    else if (memberListed(Group.TimedWaitMethods, Name, Args)) {
      addEvent(Call, {Event::TimedWait, TaskIndex, diagLoc(*Call)});
      addReadyBranches(TaskIndex, *Call, nullptr); // `if (pool.waitForDone(ms))`
    }
  }
  const auto *Var = dyn_cast<VarDecl>(GroupKey);
  if (Var && isAutomaticLocal(*Var) && !Var->getType()->isReferenceType() &&
      !Var->getType()->isPointerType())
    addDtorEvent(Var, {joins(Group.Destructor) ? Event::Join : Event::Dropped, TaskIndex,
                       SourceLocation(), EndKind::ScopeExit, Var});
}

} // namespace txscope
