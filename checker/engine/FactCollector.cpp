//===- FactCollector.cpp - Builds FunctionFacts from one body -------------===//
#include "FactCollector.h"
#include "Summaries.h"
#include "AstUtil.h"
#include "BodyVisitor.h"
#include "SqlText.h"
#include "llvm/ADT/StringExtras.h"
#include <functional>
#include <optional>

using namespace clang;

namespace txscope {

/// One pass over the body: the locals, the references to each variable, and
/// the calls.
struct FactCollector::Index : BodyVisitor<Index> {
  std::vector<const VarDecl *> Locals;
  llvm::DenseMap<const Decl *, llvm::SmallVector<const DeclRefExpr *, 4>> Refs;
  std::vector<const CXXMemberCallExpr *> MemberCalls;
  std::vector<const CallExpr *> Calls;
  std::vector<const CXXConstructExpr *> Constructs;

  bool VisitVarDecl(VarDecl *V) {
    if (isAutomaticLocal(*V))
      Locals.push_back(V);
    return true;
  }
  bool VisitDeclRefExpr(DeclRefExpr *Ref) {
    Refs[Ref->getDecl()].push_back(Ref);
    return true;
  }
  bool VisitCallExpr(CallExpr *Call) {
    if (auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
      MemberCalls.push_back(Member);
    else if (!isa<CXXOperatorCallExpr>(Call) || calledName(*Call) != Call->getDirectCallee())
      Calls.push_back(Call); // (and calls of function objects such as stdexec::spawn)
    return true;
  }
  bool VisitCXXConstructExpr(CXXConstructExpr *Construct) {
    Constructs.push_back(Construct);
    return true;
  }
};

FactCollector::FactCollector(const LibraryModel &Model, bool StrictMode, const FunctionDecl &Fn,
                             Stmt *Body, const CallbackRule *AsCallback, Summaries *Callees)
    : Model(Model), StrictMode(StrictMode), Fn(Fn), Body(Body), AsCallback(AsCallback),
      Callees(Callees), PM(Body), Idx(new Index) {}

void FactCollector::collectTasks(FunctionFacts &Facts) {
  Out = &Facts;
  Idx->TraverseStmt(Body);
  findTasks();
}

void FactCollector::collectParameterTask(FunctionFacts &Facts, const ParmVarDecl &Param) {
  Out = &Facts;
  Idx->TraverseStmt(Body);
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
  Idx->TraverseStmt(Body);
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

/// How an end method named \p Name ends a transaction, if it does.
static std::optional<EndKind> endKindOf(const std::vector<std::string> &Commit,
                                        const std::vector<std::string> &Rollback,
                                        llvm::StringRef Name) {
  if (nameListed(Commit, Name))
    return EndKind::Commit;
  if (nameListed(Rollback, Name))
    return EndKind::Rollback;
  return std::nullopt;
}

void FactCollector::addPairBegin(const Decl *Key, const Stmt *Call, bool ImplicitContext) {
  TransactionScope Scope{TransactionScope::CallPair, Key, keyName(Key), Call, diagLoc(*Call)};
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
    TransactionScope Scope{TransactionScope::RAII, Var, Var->getNameAsString(), Var->getInit(),
                           Var->getLocation()};
    Scope.ImplicitContext = Rule->ImplicitContext;
    Scope.SharedOwner = !ownedType(Var->getType()).isNull();
    Out->Scopes.push_back(std::move(Scope));
  }
  // Begin and end calls on a receiver: db.transaction() ... db.commit().
  for (const CXXMemberCallExpr *Call : Idx->MemberCalls) {
    const CallPairRule *Rule = Model.callPairReceiver(objectType(*Call));
    const Decl *Key = Rule ? receiverKey(Call->getImplicitObjectArgument()) : nullptr;
    if (!Key)
      continue;
    if (nameListed(Rule->BeginMethods, methodName(*Call)))
      addPairBegin(Key, Call, Rule->ImplicitContext);
    else if (auto Kind = endKindOf(Rule->CommitMethods, Rule->RollbackMethods, methodName(*Call)))
      PairEnds.push_back({Call, Key, *Kind});
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
    const Decl *Key = receiverKey(Connection);
    if (!Key)
      return;
    switch (sqlEffect(*Call, *Rule)) {
    case SqlEffect::Begin:
      addPairBegin(Key, Call, false);
      break;
    case SqlEffect::Commit:
      PairEnds.push_back({Call, Key, EndKind::Commit});
      break;
    case SqlEffect::Rollback:
      PairEnds.push_back({Call, Key, EndKind::Rollback});
      break;
    case SqlEffect::Other:
      break;
    }
  };
  for (const CallExpr *Call : Idx->Calls)
    SqlCall(Call);
  for (const CXXMemberCallExpr *Call : Idx->MemberCalls)
    SqlCall(Call);
}

void FactCollector::computeRoots(TransactionScope &Scope) {
  Scope.Roots.insert(Scope.Key);
  // The connection an RAII transaction runs on: what its constructor is given.
  if (Scope.Kind == TransactionScope::RAII) {
    llvm::SmallPtrSet<const Decl *, 4> Args;
    collectUses(Scope.BeginAnchor, Args);
    for (const Decl *D : Args)
      if (const auto *V = dyn_cast<ValueDecl>(D))
        if (!isPlainData(V->getType()))
          Scope.Roots.insert(V);
  }
}

const llvm::SmallPtrSetImpl<const Decl *> &FactCollector::sourcesOf(const Decl *D) {
  if (!InitUsesBuilt) {
    for (const VarDecl *Var : Idx->Locals)
      if (!isPlainData(Var->getType()) && Var->getInit())
        collectUses(Var->getInit(), InitUses[Var]);
    InitUsesBuilt = true;
  }
  auto Found = Sources.find(D);
  if (Found != Sources.end())
    return Found->second;
  // What D's initialiser uses, transitively (memoised, so linear overall).
  llvm::SmallPtrSet<const Decl *, 4> Out;
  llvm::SmallVector<const Decl *, 8> Work{D};
  while (!Work.empty()) {
    auto It = InitUses.find(Work.pop_back_val());
    if (It == InitUses.end())
      continue;
    for (const Decl *Used : It->second)
      if (Used != D && Out.insert(Used).second)
        Work.push_back(Used);
  }
  return Sources.try_emplace(D, std::move(Out)).first->second;
}

bool FactCollector::isBound(const Decl *D, const TransactionScope &Scope) {
  if (Scope.Roots.count(D))
    return true;
  return llvm::any_of(sourcesOf(D), [&](const Decl *S) { return Scope.Roots.count(S); });
}

Binding FactCollector::bindingTo(const Task &T, const TransactionScope &Scope) {
  if (T.Untracked || T.JoinedAtStart)
    return Binding::None;
  // Copying the shared owner keeps the transaction alive: the task extends
  // it rather than outliving it, unless it also uses it some other way.
  auto UsesOtherwise = [&](const Decl *D) {
    return isBound(D, Scope) && !(Scope.SharedOwner && D == Scope.Key && T.Copies.count(D));
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
      else if (Scope.SharedOwner && methodName(*Call) == "reset" && Call->getNumArgs() == 0)
        addEvent(Call, {Event::TxEnd, ScopeIndex, diagLoc(*Call), EndKind::ScopeExit});
    }
    addDtorEvent(Var, {Event::TxEnd, ScopeIndex, SourceLocation(), EndKind::ScopeExit});
    return;
  }
  for (const PairEnd &End : PairEnds)
    if (End.Key == Scope.Key)
      addEvent(End.Call, {Event::TxEnd, ScopeIndex, diagLoc(*End.Call), End.Kind});
}

// --- Task starts -----------------------------------------------------------

/// The group an executor argument belongs to: the pool itself, or the pool
/// its executor came from (`pool.get_executor()`).
const Decl *FactCollector::groupOf(const Expr *Executor, const GroupTypeRule *&Group) const {
  Executor = Executor->IgnoreImplicit()->IgnoreParens();
  if (const auto *Copy = dyn_cast<CXXConstructExpr>(Executor))
    if (Copy->getNumArgs() == 1 && Copy->getConstructor()->isCopyOrMoveConstructor())
      Executor = Copy->getArg(0)->IgnoreImplicit()->IgnoreParens();
  if ((Group = Model.groupType(Executor->getType())))
    return receiverKey(Executor);
  if (const auto *Call = dyn_cast<CXXMemberCallExpr>(Executor))
    if ((Group = Model.groupType(objectType(*Call))))
      return receiverKey(Call->getImplicitObjectArgument());
  return nullptr;
}

void FactCollector::addCallStart(const CallExpr *Call) {
  const TaskStartRule *Rule = Model.taskStartCall(*Call);
  if (!Rule) {
    if (!addReturnedTask(Call))
      addLazyTask(Call);
    return;
  }
  const GroupTypeRule *Group = nullptr;
  const Expr *Executor = writtenArg(*Call, Rule->GroupArgument);
  const Decl *GroupKey = Executor ? groupOf(Executor, Group) : nullptr;
  const HandleTypeRule *Handle = Model.handleType(Call->getType());
  unsigned Index = addTask(Call, Rule, Handle, /*ArgumentsOnly=*/false, /*IntoGroup=*/GroupKey);
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
      // executor.async(f) also returns the task's own handle.
      if (Handle)
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
  const Task *Inner = Callee && Callees ? Callees->returnedTask(*Callee) : nullptr;
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
      collectUses(Arg, T.Uses);
  } else {
    collectUses(Start, T.Uses);
  }
  collectCopies(Start, T.Copies);
  if (Handle) {
    T.HandleDestructor = Handle->Destructor;
    T.Lazy = Handle->Lazy;
  }
  if (Rule) {
    if (Rule->HasDestructorOverride)
      T.HandleDestructor = Rule->Destructor;
    // No handle named and nothing returned: fire and forget.
    T.FireAndForget = !IntoGroup && (Rule->Detached || (Rule->Handle.empty() &&
                                                        Start->getType()->isVoidType()));
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
  for (const Decl *Used : Out->Tasks[TaskIndex].Uses) {
    const auto *Object = dyn_cast<VarDecl>(Used);
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
  const Expr *Start = Out->Tasks[TaskIndex].Start;
  Flow F = flowUp(PM, Start);
  if (awaitedBy(PM, Start)) {
    Out->Tasks[TaskIndex].JoinedAtStart = true; // co_await update(tx);
    return;
  }
  if (!F.Parent || !isa<Expr>(F.Parent)) {
    if (const VarDecl *Var = initializedVar(F.Parent, F.Child)) {
      if (isAutomaticLocal(*Var))
        followHolder(TaskIndex, Var, Holder::Handle, Handle, Out->Tasks[TaskIndex].HandleDestructor);
      else
        addEvent(Start, {Event::Escape, TaskIndex, diagLoc(*Start)});
      return;
    }
    if (isa_and_nonnull<ReturnStmt>(F.Parent)) {
      addEvent(Start, {Event::Escape, TaskIndex, diagLoc(*Start)});
      Out->Tasks[TaskIndex].Returned = true;
      return;
    }
    dropOrJoinAtEnd(TaskIndex, Start); // discarded full-expression
    return;
  }
  if (isa<MemberExpr>(F.Parent)) {
    const CXXMemberCallExpr *Call = memberCallOn(PM, Start);
    llvm::StringRef Name = Call ? methodName(*Call) : "";
    unsigned Args = Call ? explicitArgCount(*Call) : 0;
    if (Handle && Call && memberListed(Handle->JoinMethods, Name, Args))
      Out->Tasks[TaskIndex].JoinedAtStart = true;
    else if (Handle && Call && memberListed(Handle->DetachMethods, Name, Args))
      addEvent(Call, {Event::Detach, TaskIndex, diagLoc(*Call)});
    else
      dropOrJoinAtEnd(TaskIndex, Start);
    return;
  }
  if (const Expr *Target = assignmentTarget(F.Parent, F.Child)) {
    if (const VarDecl *Var = localVar(Target))
      followHolder(TaskIndex, Var, Holder::Handle, Handle, Out->Tasks[TaskIndex].HandleDestructor);
    else
      addEvent(Start, {Event::Escape, TaskIndex, diagLoc(*Start)});
    return;
  }
  if (const auto *Call = dyn_cast<CallExpr>(F.Parent)) {
    flowIntoCall(TaskIndex, Start, *Call, F.Child, /*IsTemporary=*/true);
    return;
  }
  Out->Tasks[TaskIndex].Untracked = true;
}

void FactCollector::flowIntoCall(unsigned TaskIndex, const Stmt *Anchor, const CallExpr &Call,
                                 const Stmt *Arg, bool IsTemporary) {
  if (Model.isJoinCall(Call)) {
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

void FactCollector::followHolder(unsigned TaskIndex, const VarDecl *Var, Holder Kind,
                                 const HandleTypeRule *Handle, DestructorKind Destructor) {
  if (!Followed[TaskIndex].insert(Var).second)
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
      if (Element && Handle && Model.handleType(Element->getType())) {
        addElementJoin(TaskIndex, Ref, *Element, *Handle);
        continue;
      }
    } else if (const CXXMemberCallExpr *Call = memberCallOn(PM, Ref)) {
      if (!Handle)
        continue;
      llvm::StringRef Name = methodName(*Call);
      unsigned Args = explicitArgCount(*Call);
      // A timed wait whose status is tested counts as a join: the code
      // handles the not-finished case itself (we cannot follow that branch).
      if (memberListed(Handle->JoinMethods, Name, Args))
        Emit(Event::Join, Call);
      else if (memberListed(Handle->TimedWaitMethods, Name, Args))
        Emit(isValueUsed(PM, Call) ? Event::Join : Event::TimedWait, Call);
      else if (memberListed(Handle->DetachMethods, Name, Args)) {
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
        if (Handle && joinedInLoopBody(*Loop, *Handle, K))
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
      // (Operators do nothing to the task, but a join function may be an
      // object whose operator() is called.)
      if (!isa<CXXOperatorCallExpr>(Call) || Model.isJoinCall(*Call) || Model.isDetachCall(*Call)) {
        flowIntoCall(TaskIndex, Ref, *Call, F.Child, /*IsTemporary=*/false);
        MovedAway |= F.Moved;
      }
      continue;
    }
  }
  if (MovedAway)
    return;
  bool Joins = joins(Destructor) && !Detached && !Out->Tasks[TaskIndex].runsAtJoin();
  addDtorEvent(Var, {Joins ? Event::Join : Event::Dropped, TaskIndex, SourceLocation(),
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
    else if (memberListed(Group.TimedWaitMethods, Name, Args))
      addEvent(Call, {Event::TimedWait, TaskIndex, diagLoc(*Call)});
  }
  const auto *Var = dyn_cast<VarDecl>(GroupKey);
  if (Var && isAutomaticLocal(*Var) && !Var->getType()->isReferenceType() &&
      !Var->getType()->isPointerType())
    addDtorEvent(Var, {joins(Group.Destructor) ? Event::Join : Event::Dropped, TaskIndex,
                       SourceLocation(), EndKind::ScopeExit, Var});
}

} // namespace txscope
