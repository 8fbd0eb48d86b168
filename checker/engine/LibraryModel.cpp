//===- LibraryModel.cpp - Rule packs resolved in one translation unit -----===//
#include "LibraryModel.h"
#include "AstUtil.h"
#include "InferredWrappers.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "llvm/ADT/STLExtras.h"

using namespace clang;

namespace txscope {

bool memberListed(const std::vector<MemberRule> &Members, llvm::StringRef Method,
                  unsigned ExplicitArgs) {
  return llvm::any_of(Members, [&](const MemberRule &M) {
    return M.Name == Method && (!M.OnlyWithoutArguments || ExplicitArgs == 0);
  });
}

bool nameListed(const std::vector<std::string> &Names, llvm::StringRef Name) {
  return llvm::is_contained(Names, Name);
}

LibraryModel::LibraryModel(const std::vector<RulePack> &Packs, ASTContext &Ctx)
    : Ctx(Ctx), Names(std::make_unique<QualifiedNameCache>()) {
  for (const RulePack &Pack : Packs) {
    for (const auto &R : Pack.Transactions)
      Transactions.Rules.push_back({&R, DeclName(R.Type, Ctx, Names.get())});
    for (const auto &R : Pack.CallPairs)
      CallPairs.Rules.push_back({&R, DeclName(R.ReceiverType, Ctx, Names.get())});
    for (const auto &R : Pack.SqlCalls)
      SqlCalls.Rules.push_back({&R, DeclName(R.Callee, Ctx, Names.get())});
    for (const auto &R : Pack.Callbacks)
      Callbacks.Rules.push_back({&R, DeclName(R.Callee, Ctx, Names.get())});
    for (const auto &R : Pack.TaskStarts)
      if (R.IsConstructor)
        StartConstructors.Rules.push_back({&R, DeclName(R.Callee, Ctx, Names.get())});
      else
        StartCalls.Rules.push_back({&R, DeclName(R.Callee, Ctx, Names.get())});
    for (const auto &R : Pack.Handles)
      Handles.Rules.push_back({&R, DeclName(R.Type, Ctx, Names.get())});
    for (const auto &R : Pack.Groups)
      Groups.Rules.push_back({&R, DeclName(R.Type, Ctx, Names.get())});
    for (const auto &R : Pack.TaskObjects)
      TaskObjects.Rules.push_back({&R, DeclName(R.Type, Ctx, Names.get())});
    for (const auto &R : Pack.TaskGraphs)
      TaskGraphs.Rules.push_back({&R, DeclName(R.Type, Ctx, Names.get())});
    for (const auto &R : Pack.JoinFunctions)
      JoinFunctions.push_back({&R, DeclName(R.Function, Ctx, Names.get())});
    for (const auto &R : Pack.DetachFunctions)
      DetachFunctions.emplace_back(R.Function, Ctx, Names.get());
    addConcurrencyRules(Pack);
  }
}

/// A transaction or call-pair rule that says `concurrent-use` answers
/// concurrentUse() for its type the way a connection rule does.
void LibraryModel::addConcurrencyRules(const RulePack &Pack) {
  auto AddOwned = [&](const std::string &Type, ConcurrentUse Use, unsigned Line) {
    if (Use == ConcurrentUse::Unspecified)
      return;
    ConcurrencyOfTransactions.push_back({Type, Use, {}, Line});
    const ConnectionTypeRule &R = ConcurrencyOfTransactions.back();
    Concurrency.Rules.push_back({&R, DeclName(R.Type, Ctx, Names.get())});
  };
  for (const auto &R : Pack.Transactions)
    AddOwned(R.Type, R.Concurrency, R.Line);
  for (const auto &R : Pack.CallPairs)
    AddOwned(R.ReceiverType, R.Concurrency, R.Line);
  for (const auto &R : Pack.Connections) {
    Concurrency.Rules.push_back({&R, DeclName(R.Type, Ctx, Names.get())});
    for (const std::string &Accessor : R.Accessors)
      ConnectionAccessors.Rules.push_back({&R, DeclName(Accessor, Ctx, Names.get())});
  }
  for (const auto &R : Pack.Locks)
    Locks.Rules.push_back({&R, DeclName(R.Type, Ctx, Names.get())});
  for (const auto &R : Pack.PerThread)
    PerThread.Rules.push_back({&R, DeclName(R.Type, Ctx, Names.get())});
  for (const auto &R : Pack.SerialisingExecutors)
    SerialisingExecutors.Rules.push_back({&R, DeclName(R.Type, Ctx, Names.get())});
}

/// The class of a (reference to a) class type, or null.
static const CXXRecordDecl *classOf(QualType T) {
  return T.isNull() ? nullptr : T.getNonReferenceType()->getAsCXXRecordDecl();
}

template <typename Rule, typename Key, typename MatchFn, typename FallbackFn>
const Rule *LibraryModel::answer(const Memoised<Rule, Key> &Rules, const Key &D, MatchFn Matches,
                                 FallbackFn Fallback) {
  auto Known = Rules.Answers.find(&D);
  if (Known != Rules.Answers.end())
    return Known->second;
  const Rule *Found = nullptr;
  for (const auto &Entry : Rules.Rules)
    if (Matches(Entry.Name)) {
      Found = Entry.R;
      break;
    }
  if (!Found)
    Found = Fallback(); // (may ask about other declarations: no iterator is kept)
  Rules.Answers[&D] = Found;
  return Found;
}

template <typename Rule>
const Rule *LibraryModel::findClass(const ClassRules<Rule> &Rules, QualType T) const {
  const CXXRecordDecl *RD = classOf(T);
  if (!RD)
    return nullptr;
  return answer(
      Rules, *RD, [&](const DeclName &Name) { return Name.matchesClassOrBase(*RD); },
      [] { return nullptr; });
}

template <typename Rule, typename FallbackFn>
const Rule *LibraryModel::findFunction(const FunctionRules<Rule> &Rules, const NamedDecl &Callee,
                                       FallbackFn Fallback) const {
  return answer(
      Rules, Callee, [&](const DeclName &Name) { return Name.matches(Callee); }, Fallback);
}

const TransactionTypeRule *LibraryModel::transactionType(QualType T) const {
  if (const TransactionTypeRule *Rule = findClass(Transactions, T))
    return Rule;
  const CXXRecordDecl *RD = classOf(T);
  if (!RD)
    return nullptr;
  if (const TransactionTypeRule *Rule = Annotated.transactionType(*RD))
    return Rule;
  return Inferred ? Inferred->transactionType(*RD) : nullptr;
}

const TransactionTypeRule *LibraryModel::heldTransaction(const VarDecl &V) const {
  QualType T = V.getType();
  if (T->isReferenceType() || !V.getInit())
    return nullptr;
  QualType Owned = ownedType(T);
  return transactionType(Owned.isNull() ? T : Owned);
}

const CallPairRule *LibraryModel::callPairReceiver(QualType T) const {
  if (!T.isNull() && T->isPointerType())
    T = T->getPointeeType();
  return findClass(CallPairs, T);
}

const SqlCallRule *LibraryModel::sqlCall(const FunctionDecl &Callee) const {
  return findFunction(SqlCalls, Callee, [] { return nullptr; });
}

const CallbackRule *LibraryModel::callback(const FunctionDecl &Callee) const {
  return findFunction(Callbacks, Callee, [&] { return Annotated.callback(Callee); });
}

const TaskStartRule *LibraryModel::taskStartCall(const CallExpr &Call) const {
  const NamedDecl *Target = calledName(Call);
  if (!Target)
    return nullptr;
  return findFunction(StartCalls, *Target, [&]() -> const TaskStartRule * {
    const auto *Fn = dyn_cast<FunctionDecl>(Target);
    return Fn ? Annotated.taskStart(*Fn) : nullptr;
  });
}

const TaskStartRule *LibraryModel::taskStartConstructor(QualType T) const {
  return findClass(StartConstructors, T);
}

const HandleTypeRule *LibraryModel::handleType(QualType T) const {
  if (const HandleTypeRule *Rule = findClass(Handles, T))
    return Rule;
  const CXXRecordDecl *RD = classOf(T);
  return RD ? Annotated.handleType(*RD) : nullptr;
}

const GroupTypeRule *LibraryModel::groupType(QualType T) const {
  if (!T.isNull() && T->isPointerType())
    T = T->getPointeeType();
  return findClass(Groups, T);
}

const TaskGraphRule *LibraryModel::taskGraphType(QualType T) const {
  if (!T.isNull() && T->isPointerType())
    T = T->getPointeeType();
  return findClass(TaskGraphs, T);
}

const TaskObjectRule *LibraryModel::taskObjectType(QualType T) const {
  return findClass(TaskObjects, T);
}

ConcurrentUse LibraryModel::concurrentUse(QualType T) const {
  // Through references, pointers and owners (std::shared_ptr<pqxx::connection>,
  // std::unique_ptr<SQLite::Database> *): the class's own rule comes first,
  // so a rule on a class that has an operator-> is not skipped.
  for (unsigned Depth = 0; Depth < 8 && !T.isNull(); ++Depth) {
    T = T.getNonReferenceType();
    if (T->isPointerType()) {
      T = T->getPointeeType();
      continue;
    }
    const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
    if (!RD)
      return ConcurrentUse::Unspecified;
    const ConnectionTypeRule *Rule = answer(
        Concurrency, *RD, [&](const DeclName &Name) { return Name.matchesClassOrBase(*RD); },
        [&] { return Annotated.connectionType(*RD); });
    if (Rule)
      return Rule->Concurrency;
    T = ownedType(T);
  }
  return ConcurrentUse::Unspecified;
}

bool LibraryModel::isConnectionAccessor(const FunctionDecl &Fn) const {
  return findFunction(ConnectionAccessors, Fn, [] { return nullptr; }) != nullptr;
}

bool LibraryModel::isLockType(QualType T) const {
  return findClass(Locks, T) != nullptr;
}

bool LibraryModel::isPerThreadType(QualType T) const {
  return findClass(PerThread, T) != nullptr;
}

bool LibraryModel::isSerialisingExecutor(QualType T) const {
  return findClass(SerialisingExecutors, T) != nullptr;
}

const JoinFunctionRule *LibraryModel::joinFunction(const CallExpr &Call) const {
  const NamedDecl *Target = calledName(Call);
  if (!Target)
    return nullptr;
  for (const Resolved<JoinFunctionRule> &J : JoinFunctions)
    if (J.Name.matches(*Target))
      return J.R;
  return nullptr;
}

bool LibraryModel::isJoinCall(const CallExpr &Call) const {
  if (joinFunction(Call))
    return true;
  const auto *Fn = dyn_cast_or_null<FunctionDecl>(calledName(Call));
  return Fn && Annotated.isJoinFunction(*Fn);
}

bool LibraryModel::isDetachCall(const CallExpr &Call) const {
  const NamedDecl *Target = calledName(Call);
  return Target &&
         llvm::any_of(DetachFunctions, [&](const DeclName &N) { return N.matches(*Target); });
}

const HandleTypeRule *LibraryModel::containerElementHandle(QualType T) const {
  if (T.isNull())
    return nullptr;
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      T.getNonReferenceType()->getAsCXXRecordDecl());
  if (!Spec || Spec->getTemplateArgs().size() == 0)
    return nullptr;
  const TemplateArgument &First = Spec->getTemplateArgs()[0];
  if (First.getKind() != TemplateArgument::Type)
    return nullptr;
  return handleType(First.getAsType());
}

const HandleTypeRule *LibraryModel::elementHandle(QualType T, unsigned &Index) const {
  if (T.isNull())
    return nullptr;
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      T.getNonReferenceType()->getAsCXXRecordDecl());
  if (!Spec || !Spec->isInStdNamespace() || !Spec->getIdentifier() ||
      (Spec->getName() != "pair" && Spec->getName() != "tuple"))
    return nullptr;
  llvm::SmallVector<QualType, 4> Elements;
  for (const TemplateArgument &Arg : Spec->getTemplateArgs().asArray()) {
    if (Arg.getKind() == TemplateArgument::Type)
      Elements.push_back(Arg.getAsType());
    else if (Arg.getKind() == TemplateArgument::Pack)
      for (const TemplateArgument &Packed : Arg.pack_elements())
        if (Packed.getKind() == TemplateArgument::Type)
          Elements.push_back(Packed.getAsType());
  }
  const HandleTypeRule *Found = nullptr;
  for (unsigned I = 0; I < Elements.size(); ++I)
    if (const HandleTypeRule *Rule = handleType(Elements[I])) {
      if (Found)
        return nullptr; // two handles: which one joins is not told apart
      Found = Rule;
      Index = I;
    }
  return Found;
}

bool LibraryModel::names(llvm::StringRef QualifiedName, const NamedDecl &D) const {
  return DeclName(QualifiedName, Ctx, Names.get()).matches(D);
}

} // namespace txscope
