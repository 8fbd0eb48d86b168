//===- FactCollector.cpp - Builds FunctionFacts from one body -------------===//
#include "FactIndex.h"
#include "SqlText.h"
#include "Summaries.h"
#include "llvm/ADT/StringExtras.h"
#include <optional>

using namespace clang;

namespace txscope {

FactCollector::FactCollector(const LibraryModel &Model, bool StrictMode, const FunctionDecl &Fn,
                             Stmt *Body, const CallbackRule *AsCallback, Summaries *Callees)
    : Model(Model), StrictMode(StrictMode), Fn(Fn), Body(Body), AsCallback(AsCallback),
      Callees(Callees), Members(Callees), PM(Body), Idx(new Index) {}

void FactCollector::collectTasks(FunctionFacts &Facts) {
  Out = &Facts;
  index();
  findTasks();
}

void FactCollector::collectParameterTask(FunctionFacts &Facts, const ParmVarDecl &Param) {
  Out = &Facts;
  index();
  QualType T = Param.getType();
  const HandleTypeRule *Handle = Model.handleType(T);
  const HandleTypeRule *Element = Handle ? nullptr : Model.containerElementHandle(T);
  Task Held;
  Held.Loc = Param.getLocation();
  Facts.Tasks.push_back(Held);
  Followed.emplace_back();
  Facts.EntryEvents.push_back({Event::TaskStart, 0, Param.getLocation()});
  if (Handle || Element)
    followHolder(0, &Param, Handle ? Holder::Handle : Holder::Container, Handle ? Handle : Element,
                 DestructorKind::None);
}

FactCollector::~FactCollector() = default;

void FactCollector::index() {
  if (Indexed)
    return;
  Indexed = true;
  Idx->TraverseStmt(Body);
  // A constructor's member initialisers run before its body (a wrapper
  // class may begin its transaction there: `m_active(m_db.transaction())`).
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(&Fn))
    if (Ctor->getBody() == Body)
      for (const CXXCtorInitializer *Init : Ctor->inits())
        if (Init->isWritten() && Init->getInit()) {
          Idx->TraverseStmt(Init->getInit());
          PM.addStmt(Init->getInit());
        }
}

static std::string keyName(const Decl *Key) {
  if (const auto *Named = dyn_cast_or_null<NamedDecl>(Key))
    return Named->getNameAsString();
  return "transaction";
}

void FactCollector::addEvent(const Stmt *Anchor, Event E) {
  Out->StmtEvents[Anchor].push_back(std::move(E));
}

void FactCollector::addDtorEvent(const VarDecl *Var, Event E) {
  Out->DtorEvents[Var].push_back(std::move(E));
}

bool FactCollector::collect(FunctionFacts &Facts) {
  Out = &Facts;
  index();
  findScopes();
  if (Facts.Scopes.empty())
    return false;
  findTasks();
  bool AnyBound = false;
  for (TransactionScope &Scope : Facts.Scopes) {
    computeRoots(Scope);
    for (unsigned T = 0; T < Facts.Tasks.size() && !AnyBound; ++T) {
      Binding B = bindingTo(Facts.Tasks[T], Scope);
      AnyBound = B == Binding::Bound || (StrictMode && B == Binding::Extends);
    }
  }
  if (!AnyBound)
    return false;
  Facts.CallsMayThrow = StrictMode;
  for (unsigned I = 0; I < Facts.Scopes.size(); ++I) {
    Event Begin{Event::TxBegin, I, Facts.Scopes[I].BeginLoc};
    if (Facts.Scopes[I].Kind == TransactionScope::Callback)
      Facts.EntryEvents.push_back(Begin);
    else
      addEvent(Facts.Scopes[I].BeginAnchor, Begin);
    addScopeEvents(I);
  }
  return true;
}

// --- Transaction scopes ----------------------------------------------------

void FactCollector::addPairBegin(const Place &Key, const Stmt *Call, bool ImplicitContext) {
  TransactionScope Scope{TransactionScope::CallPair, Key.Root, Key.name(), Call, diagLoc(*Call)};
  Scope.Receiver = Key;
  Scope.ImplicitContext = ImplicitContext;
  Out->Scopes.push_back(std::move(Scope));
}

void FactCollector::findScopes() {
  // The body of a transaction callback: the scope is the whole body.
  if (AsCallback) {
    int Param = AsCallback->TransactionParameter;
    const Decl *Key = Param >= 0 && unsigned(Param) < Fn.getNumParams()
                          ? static_cast<const Decl *>(Fn.getParamDecl(Param))
                          : &Fn;
    const auto *TxParam = dyn_cast<ParmVarDecl>(Key);
    TransactionScope Scope{TransactionScope::Callback, Key,
                           TxParam ? keyName(Key) : std::string("transaction"), nullptr,
                           TxParam ? TxParam->getLocation() : Fn.getLocation()};
    Scope.ImplicitContext = AsCallback->ImplicitContext;
    // Drogon hands the callback a std::shared_ptr to the transaction.
    Scope.SharedOwner = TxParam && !ownedType(TxParam->getType().getNonReferenceType()).isNull();
    Out->Scopes.push_back(std::move(Scope));
  }
  for (const VarDecl *Var : Idx->Locals) {
    const TransactionTypeRule *Rule = Model.heldTransaction(*Var);
    if (!Rule)
      continue;
    auto AddScope = [&](const Stmt *Begin, SourceLocation Loc) {
      TransactionScope Scope{TransactionScope::RAII, Var, Var->getNameAsString(), Begin, Loc};
      Scope.ImplicitContext = Rule->ImplicitContext;
      Scope.SharedOwner = !ownedType(Var->getType()).isNull();
      Out->Scopes.push_back(std::move(Scope));
    };
    // `odb::transaction t;` holds none yet: each t.reset(db.begin()) begins one.
    const auto *Init = dyn_cast_or_null<CXXConstructExpr>(Var->getInit());
    if (Rule->BeginMethods.empty() || !Init || Init->getNumArgs() != 0)
      AddScope(Var->getInit(), Var->getLocation());
    if (!Rule->BeginMethods.empty())
      for (const DeclRefExpr *Ref : Idx->Refs.lookup(Var))
        if (const CXXMemberCallExpr *Call = memberCallOn(PM, Ref))
          if (nameListed(Rule->BeginMethods, methodName(*Call)))
            AddScope(Call, diagLoc(*Call));
  }
  findPairCalls([&](const Place &Key, const Stmt *Call, TransactionEffect::EffectKind Kind,
                    bool ImplicitContext, bool ByHelper) {
    if (Kind == TransactionEffect::Begin)
      addPairBegin(Key, Call, ImplicitContext);
    else
      PairEnds.push_back({Call, Key,
                          Kind == TransactionEffect::Commit ? EndKind::Commit : EndKind::Rollback,
                          ByHelper});
  });
}

void FactCollector::findPairCalls(
    const std::function<void(const Place &, const Stmt *, TransactionEffect::EffectKind, bool, bool)>
        &Found) {
  // Begin and end calls on a receiver: db.transaction() ... db.commit().
  for (const CXXMemberCallExpr *Call : Idx->MemberCalls) {
    const CallPairRule *Rule = Model.callPairReceiver(objectType(*Call));
    std::optional<Place> Key = Rule ? placeOf(Call->getImplicitObjectArgument()) : std::nullopt;
    if (!Key)
      continue;
    if (nameListed(Rule->BeginMethods, methodName(*Call)))
      Found(*Key, Call, TransactionEffect::Begin, Rule->ImplicitContext, false);
    else if (auto Kind = endKindOf(Rule->CommitMethods, Rule->RollbackMethods, methodName(*Call)))
      Found(*Key, Call, *Kind == EndKind::Commit ? TransactionEffect::Commit
                                                 : TransactionEffect::Rollback, false, false);
  }
  // SQL sent as text: PQexec(conn, "BEGIN") ... PQexec(conn, "COMMIT").
  auto SqlCall = [&](const CallExpr *Call) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    const SqlCallRule *Rule = Callee ? Model.sqlCall(*Callee) : nullptr;
    if (!Rule || unsigned(Rule->SqlArgument) >= Call->getNumArgs())
      return;
    const Expr *Connection = nullptr;
    if (Rule->ConnectionArgument < 0) {
      if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
        Connection = Member->getImplicitObjectArgument();
    } else if (unsigned(Rule->ConnectionArgument) < Call->getNumArgs()) {
      Connection = Call->getArg(Rule->ConnectionArgument);
    }
    std::optional<Place> Key = placeOf(Connection);
    if (!Key)
      return;
    switch (sqlEffect(*Call, *Rule)) {
    case SqlEffect::Begin:
      Found(*Key, Call, TransactionEffect::Begin, false, false);
      break;
    case SqlEffect::Commit:
      Found(*Key, Call, TransactionEffect::Commit, false, false);
      break;
    case SqlEffect::Rollback:
      Found(*Key, Call, TransactionEffect::Rollback, false, false);
      break;
    case SqlEffect::Other:
      break;
    }
  };
  // Helpers that begin or end a transaction on what they are given.
  auto HelperCall = [&](const CallExpr *Call) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    const FunctionSummary *Summary = Callee && Callees ? Callees->summaryOf(*Callee) : nullptr;
    if (!Summary)
      return;
    for (const TransactionEffect &Effect : Summary->Effects) {
      PlaceSet Mapped = mapPlace(Effect.On, *Call);
      if (Mapped.size() == 1) // (an argument that is one place)
        Found(*Mapped.begin(), Call, Effect.Kind, false, true);
    }
  };
  for (const CallExpr *Call : Idx->Calls) {
    SqlCall(Call);
    HelperCall(Call);
  }
  for (const CXXMemberCallExpr *Call : Idx->MemberCalls) {
    SqlCall(Call);
    HelperCall(Call);
  }
}

void FactCollector::computeRoots(TransactionScope &Scope) {
  if (Scope.Kind == TransactionScope::CallPair)
    Scope.Roots.insert(Scope.Receiver);
  else
    Scope.Roots.insert(Place::of(Scope.Key));
  // The connection an RAII transaction runs on: what its constructor is
  // given. One a client or pool hands out by value (client->newTransaction(),
  // cluster->Begin()) runs on a connection of its own: the object asked is
  // not its connection, only the call's arguments may name one.
  if (Scope.Kind == TransactionScope::RAII) {
    PlaceSet Args;
    const auto *Init = dyn_cast_or_null<Expr>(Scope.BeginAnchor);
    const auto *HandedOut = Init ? dyn_cast<CXXMemberCallExpr>(Init->IgnoreImplicit()) : nullptr;
    if (HandedOut && HandedOut->isPRValue())
      for (const Expr *Arg : HandedOut->arguments())
        collectUses(Arg, Args, Members);
    else
      collectUses(Scope.BeginAnchor, Args, Members);
    for (const Place &P : Args) {
      const auto *V = dyn_cast_or_null<ValueDecl>(P.Root);
      if (!(P.Fields.empty() && V && isPlainData(V->getType())))
        Scope.Roots.insert(P);
    }
  }
}

const PlaceSet &FactCollector::sourcesOf(const Decl *D) {
  if (!InitUsesBuilt) {
    for (const VarDecl *Var : Idx->Locals)
      if (!isPlainData(Var->getType()) && Var->getInit())
        collectUses(Var->getInit(), InitUses[Var], Members);
    InitUsesBuilt = true;
  }
  auto Found = Sources.find(D);
  if (Found != Sources.end())
    return Found->second;
  // What D's initialiser uses, transitively (memoised, so linear overall).
  PlaceSet Out;
  llvm::SmallVector<const Decl *, 8> Work{D};
  llvm::SmallPtrSet<const Decl *, 8> Seen{D};
  while (!Work.empty()) {
    auto It = InitUses.find(Work.pop_back_val());
    if (It == InitUses.end())
      continue;
    for (const Place &Used : It->second) {
      Out.insert(Used);
      if (Used.Root && Seen.insert(Used.Root).second)
        Work.push_back(Used.Root);
    }
  }
  return Sources.try_emplace(D, std::move(Out)).first->second;
}

bool FactCollector::isBound(const Place &P, const TransactionScope &Scope) {
  if (Scope.Roots.overlaps(P))
    return true;
  return P.Root && Scope.Roots.overlapsAny(sourcesOf(P.Root));
}

Binding FactCollector::bindingTo(const Task &T, const TransactionScope &Scope) {
  if (T.Untracked || T.JoinedAtStart)
    return Binding::None;
  // Copying the shared owner keeps the transaction alive: the task extends
  // it rather than outliving it, unless it also uses it some other way.
  auto UsesOtherwise = [&](const Place &P) {
    return isBound(P, Scope) &&
           !(Scope.SharedOwner && P.isWholeVariable(Scope.Key) && T.Copies.count(Scope.Key));
  };
  if (llvm::any_of(T.Uses, UsesOtherwise))
    return Binding::Bound;
  if (Scope.SharedOwner && T.Copies.count(Scope.Key))
    return Binding::Extends;
  return StrictMode || Scope.ImplicitContext ? Binding::Bound : Binding::None;
}

void FactCollector::addScopeEvents(unsigned ScopeIndex) {
  const TransactionScope &Scope = Out->Scopes[ScopeIndex];
  if (Scope.Kind == TransactionScope::Callback)
    return; // it ends where the callback returns
  if (Scope.Kind == TransactionScope::RAII) {
    const auto *Var = cast<VarDecl>(Scope.Key);
    const TransactionTypeRule *Rule = Model.heldTransaction(*Var);
    for (const DeclRefExpr *Ref : Idx->Refs.lookup(Var)) {
      Flow F = flowUp(PM, Ref);
      if (F.Moved) {
        addEvent(Ref, {Event::TxEnd, ScopeIndex, Ref->getExprLoc(), EndKind::MovedFrom});
        continue;
      }
      const CXXMemberCallExpr *Call = memberCallOn(PM, Ref);
      if (!Call)
        continue;
      if (auto Kind = endKindOf(Rule->CommitMethods, Rule->RollbackMethods, methodName(*Call)))
        addEvent(Call, {Event::TxEnd, ScopeIndex, diagLoc(*Call), *Kind});
      else if (nameListed(Rule->BeginMethods, methodName(*Call)) && Call != Scope.BeginAnchor)
        addEvent(Call, {Event::TxEnd, ScopeIndex, diagLoc(*Call), EndKind::Rollback});
      else if (Scope.SharedOwner && methodName(*Call) == "reset" && Call->getNumArgs() == 0)
        addEvent(Call, {Event::TxEnd, ScopeIndex, diagLoc(*Call), EndKind::ScopeExit});
    }
    addDtorEvent(Var, {Event::TxEnd, ScopeIndex, SourceLocation(), EndKind::ScopeExit});
  }
  // End calls on the receiver, and helpers ending the transaction they are
  // given (an RAII one too: `void finish(pqxx::work &tx) { tx.commit(); }`).
  bool RAII = Scope.Kind == TransactionScope::RAII;
  Place Key = RAII ? Place::of(Scope.Key) : Scope.Receiver;
  for (const PairEnd &End : PairEnds)
    if (End.Key == Key && (End.ByHelper || !RAII))
      addEvent(End.Call, {Event::TxEnd, ScopeIndex, diagLoc(*End.Call), End.Kind});
}

// --- Task starts -----------------------------------------------------------

/// The group an executor argument belongs to: the pool itself, or the pool
/// its executor came from (`pool.get_executor()`), also through a copy or a
/// conversion to the parameter's executor type (folly's
/// `Executor::KeepAlive<>` made from `&pool`).
const Decl *FactCollector::groupOf(const Expr *Executor, const GroupTypeRule *&Group) const {
  Executor = Executor->IgnoreImplicit()->IgnoreParens();
  while (const auto *Convert = dyn_cast<CXXConstructExpr>(Executor)) {
    const CXXConstructorDecl *Ctor = Convert->getConstructor();
    if (Convert->getNumArgs() != 1 || !Ctor ||
        (!Ctor->isCopyOrMoveConstructor() && !Ctor->isConvertingConstructor(false)))
      break;
    Executor = Convert->getArg(0)->IgnoreImplicit()->IgnoreParens();
  }
  if ((Group = Model.groupType(Executor->getType())))
    return receiverKey(Executor);
  if (const auto *Call = dyn_cast<CXXMemberCallExpr>(Executor))
    if ((Group = Model.groupType(objectType(*Call))))
      return receiverKey(Call->getImplicitObjectArgument());
  return nullptr;
}

void FactCollector::addGraphBodies(const Expr *Arg, llvm::SmallVectorImpl<const Expr *> &Out,
                                   llvm::SmallPtrSetImpl<const Decl *> &Seen) const {
  const TaskGraphRule *Graph = Arg ? Model.taskGraphType(Arg->getType()) : nullptr;
  if (!Graph)
    return;
  const Expr *Object = Arg->IgnoreParenImpCasts();
  if (const auto *Move = dyn_cast<CallExpr>(Object); Move && isMoveOrForward(*Move))
    Object = Move->getArg(0);
  const Decl *Key = receiverKey(Object);
  if (!Key || !Seen.insert(Key).second)
    return;
  for (const CXXMemberCallExpr *Add : Idx->MemberCalls) {
    if (!nameListed(Graph->AddMethods, methodName(*Add)) ||
        receiverKey(Add->getImplicitObjectArgument()) != Key)
      continue;
    for (const Expr *Callable : Add->arguments()) {
      if (Model.taskGraphType(Callable->getType()))
        addGraphBodies(Callable, Out, Seen); // taskflow.composed_of(other)
      else
        Out.push_back(Callable);
    }
  }
}

void FactCollector::addCallStart(const CallExpr *Call) {
  const TaskStartRule *Rule = Model.taskStartCall(*Call);
  if (!Rule) {
    addLeakedTasks(Call);
    if (!addReturnedTask(Call))
      addLazyTask(Call);
    return;
  }
  const GroupTypeRule *Group = nullptr;
  const Expr *Executor = writtenArg(*Call, Rule->GroupArgument);
  const Decl *GroupKey = Executor ? groupOf(Executor, Group) : nullptr;
  const HandleTypeRule *Handle = Model.handleType(Call->getType());
  unsigned Index = addTask(Call, Rule, Handle, Rule->ArgumentsOnly, /*IntoGroup=*/GroupKey);
  // Spawned into a pool, the task is joined with it, and through its own
  // handle when the call returns one.
  if (GroupKey)
    followGroup(Index, GroupKey, *Group);
  if (!Out->Tasks[Index].FireAndForget && !Call->getType()->isVoidType())
    followStart(Index, Handle);
  followTaskObjectFutures(Index);
}

void FactCollector::findTasks() {
  // Free functions and members alike (folly's TaskWithExecutor::start(), a
  // service's member coroutine returning a lazy task).
  for (const CallExpr *Call : Idx->Calls)
    addCallStart(Call);
  for (const CXXMemberCallExpr *Call : Idx->MemberCalls)
    addCallStart(Call);
  for (const CXXConstructExpr *Construct : Idx->Constructs) {
    const CXXConstructorDecl *Ctor = Construct->getConstructor();
    if (!Ctor || Ctor->isCopyOrMoveConstructor() || Construct->getNumArgs() == 0)
      continue;
    if (const TaskStartRule *Rule = Model.taskStartConstructor(Construct->getType())) {
      const HandleTypeRule *Handle = Model.handleType(Construct->getType());
      unsigned Index = addTask(Construct, Rule, Handle, /*ArgumentsOnly=*/false);
      followStart(Index, Handle);
      followTaskObjectFutures(Index);
    }
  }
  for (const CXXMemberCallExpr *Call : Idx->MemberCalls) {
    QualType Receiver = objectType(*Call);
    llvm::StringRef Name = methodName(*Call);
    // A task spawned into a group: the group is its handle.
    if (const GroupTypeRule *Group = Model.groupType(Receiver)) {
      if (!nameListed(Group->SpawnMethods, Name))
        continue;
      const Decl *Key = receiverKey(Call->getImplicitObjectArgument());
      const HandleTypeRule *Handle = Model.handleType(Call->getType());
      unsigned Index = addTask(Call, nullptr, Handle, /*ArgumentsOnly=*/true);
      if (Key)
        followGroup(Index, Key, *Group);
      else
        Out->Tasks[Index].Untracked = true;
      // executor.async(f) also returns the task's own handle, and
      // dependent_async(f, deps...) one inside a std::pair.
      unsigned Element = 0;
      if (Handle || Model.elementHandle(Call->getType(), Element))
        followStart(Index, Handle);
      continue;
    }
    // A handle constructed in place inside a local container:
    // threads.emplace_back([&] { ... }).
    const HandleTypeRule *Element = Model.containerElementHandle(Receiver);
    const auto *Spec = Element ? dyn_cast<ClassTemplateSpecializationDecl>(
                                     Receiver->getAsCXXRecordDecl()) : nullptr;
    if (!Spec || Name.find("emplace") != 0 || Call->getNumArgs() == 0) {
      addLazyTask(Call);
      continue;
    }
    QualType ElementType = Spec->getTemplateArgs()[0].getAsType();
    const TaskStartRule *Rule = Model.taskStartConstructor(ElementType);
    bool PassesHandle = llvm::any_of(Call->arguments(), [&](const Expr *Arg) {
      return Model.handleType(Arg->getType()) != nullptr;
    });
    const auto *Container = dyn_cast_or_null<VarDecl>(receiverKey(Call->getImplicitObjectArgument()));
    if (!Rule || PassesHandle || !Container || !Container->isLocalVarDecl())
      continue;
    unsigned Index = addTask(Call, Rule, Element, /*ArgumentsOnly=*/true);
    followHolder(Index, Container, Holder::Container, Element, Out->Tasks[Index].HandleDestructor);
  }
  // Keep only the outermost start: a start inside another start's arguments
  // is part of that one (SPEC §1).
  llvm::SmallPtrSet<const Stmt *, 8> Starts;
  for (const Task &T : Out->Tasks)
    Starts.insert(T.Start);
  for (Task &T : Out->Tasks)
    for (const Stmt *P = PM.getParent(T.Start); P; P = PM.getParent(P))
      if (Starts.count(P)) {
        T.Untracked = true;
        break;
      }
}

bool FactCollector::addReturnedTask(const CallExpr *Call) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  const ReturnedTask *Inner = Callee && Callees ? Callees->returnedTask(*Callee) : nullptr;
  if (!Inner)
    return false;
  const HandleTypeRule *Handle = Model.handleType(Call->getType());
  unsigned Index = addTask(Call, nullptr, Handle, /*ArgumentsOnly=*/false);
  Task &T = Out->Tasks[Index];
  T.HandleDestructor = Inner->HandleDestructor;
  T.Deferred = Inner->Deferred;
  T.Lazy = Inner->Lazy;
  followStart(Index, Handle);
  return true;
}

void FactCollector::addLazyTask(const CallExpr *Call) {
  // A new task is returned by value; std::move(task) and the coroutine
  // machinery (await_transform) only pass one along.
  const auto *Member = dyn_cast<CXXMemberCallExpr>(Call);
  const CXXMethodDecl *Method = Member ? Member->getMethodDecl() : nullptr;
  if (!Call->isPRValue() || isMoveOrForward(*Call) ||
      (Method && Method->getIdentifier() && Method->getName() == "await_transform"))
    return;
  const HandleTypeRule *Handle = Model.handleType(Call->getType());
  if (!Handle || (!Handle->Lazy && !Handle->FireAndForget))
    return;
  unsigned Index = addTask(Call, nullptr, Handle, /*ArgumentsOnly=*/false);
  if (Handle->FireAndForget) {
    Out->Tasks[Index].FireAndForget = true;
    addEvent(Call, {Event::Detach, Index, diagLoc(*Call)});
    return;
  }
  Out->Tasks[Index].Lazy = true;
  followStart(Index, Handle);
}

/// Whether the launch-policy argument names only the deferred policy.
static bool isDeferredOnly(const Expr *PolicyArg, llvm::StringRef Deferred,
                           const LibraryModel &Model) {
  bool Any = false, All = true;
  std::function<void(const Stmt *)> Visit = [&](const Stmt *S) {
    if (const auto *Ref = dyn_cast<DeclRefExpr>(S))
      if (const auto *Constant = dyn_cast<EnumConstantDecl>(Ref->getDecl())) {
        Any = true;
        All &= Model.names(Deferred, *Constant);
      }
    for (const Stmt *Child : S->children())
      if (Child)
        Visit(Child);
  };
  Visit(PolicyArg);
  return Any && All;
}

unsigned FactCollector::addTask(const Expr *Start, const TaskStartRule *Rule,
                                const HandleTypeRule *Handle, bool ArgumentsOnly, bool IntoGroup) {
  Task T;
  T.Start = Start;
  T.Loc = diagLoc(*Start);
  const auto *Call = dyn_cast<CallExpr>(Start);
  if (ArgumentsOnly && Call) {
    for (const Expr *Arg : Call->arguments())
      collectUses(Arg, T.Uses, Members);
  } else {
    collectUses(Start, T.Uses, Members);
  }
  collectCopies(Start, T.Copies);
  if (Call) {
    llvm::SmallPtrSet<const Decl *, 2> Graphs;
    for (const Expr *Arg : Call->arguments())
      addGraphBodies(Arg, T.GraphBodies, Graphs);
  }
  for (const Expr *Body : T.GraphBodies) {
    collectUses(Body, T.Uses, Members);
    collectCopies(Body, T.Copies);
  }
  if (Handle) {
    T.HandleDestructor = Handle->Destructor;
    T.Lazy = Handle->Lazy;
  }
  if (Rule) {
    if (Rule->HasDestructorOverride)
      T.HandleDestructor = Rule->Destructor;
    // No handle named and nothing returned: fire and forget.
    T.FireAndForget = !IntoGroup && !Rule->Blocking &&
                      (Rule->Detached || (Rule->Handle.empty() && Start->getType()->isVoidType()));
    T.Parallel = Rule->Parallel;
    T.JoinedAtStart = Rule->Blocking;
    T.Lazy |= Rule->Lazy;
    T.Wrapped = Rule->Lazy;
    if (const Expr *Policy = Call ? writtenArg(*Call, Rule->PolicyArgument) : nullptr)
      T.Deferred = isDeferredOnly(Policy, Rule->DeferredPolicy, Model);
  }
  Out->Tasks.push_back(std::move(T));
  Followed.emplace_back();
  unsigned Index = Out->Tasks.size() - 1;
  addEvent(Start, {Event::TaskStart, Index, diagLoc(*Start)});
  if (Out->Tasks[Index].FireAndForget)
    addEvent(Start, {Event::Detach, Index, diagLoc(*Start)});
  return Index;
}

} // namespace txscope
