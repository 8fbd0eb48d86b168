//===- AnnotationRules.cpp - Rules read from source annotations -----------===//
#include "AnnotationRules.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclTemplate.h"
#include "llvm/ADT/StringSwitch.h"

using namespace clang;

namespace txscope {

static bool hasAnnotation(const Decl &D, llvm::StringRef Text) {
  for (const auto *Attr : D.specific_attrs<AnnotateAttr>())
    if (Attr->getAnnotation() == Text)
      return true;
  return false;
}

/// \p RD or the first of its bases (depth first) whose definition, or the
/// template it was instantiated from, \p Has an annotation.
static const CXXRecordDecl *annotatedClass(const CXXRecordDecl &RD,
                                           llvm::function_ref<bool(const Decl &)> Has) {
  const CXXRecordDecl *Def = RD.getDefinition();
  if (!Def)
    return nullptr;
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(Def))
    if (Has(*Spec->getSpecializedTemplate()->getTemplatedDecl()))
      return Def;
  if (Has(*Def))
    return Def;
  for (const CXXBaseSpecifier &Base : Def->bases())
    if (const CXXRecordDecl *BaseDecl = Base.getType()->getAsCXXRecordDecl())
      if (const CXXRecordDecl *Found = annotatedClass(*BaseDecl, Has))
        return Found;
  return nullptr;
}

/// \p RD or the first of its bases (depth first) annotated with \p Text.
static const CXXRecordDecl *annotatedClass(const CXXRecordDecl &RD, llvm::StringRef Text) {
  return annotatedClass(RD, [&](const Decl &D) { return hasAnnotation(D, Text); });
}

/// The value of a `txscope::concurrent_use(VALUE)` annotation on \p D;
/// Unspecified without one. A value txscope does not know is ignored, as
/// every annotation txscope does not know is.
static ConcurrentUse concurrentUseAnnotation(const Decl &D) {
  for (const auto *Attr : D.specific_attrs<AnnotateAttr>()) {
    llvm::StringRef Text = Attr->getAnnotation();
    if (!Text.consume_front("txscope::concurrent_use(") || !Text.consume_back(")"))
      continue;
    ConcurrentUse Use = llvm::StringSwitch<ConcurrentUse>(Text.trim())
                            .Case("forbidden", ConcurrentUse::Forbidden)
                            .Case("serialised", ConcurrentUse::Serialised)
                            .Case("thread-bound", ConcurrentUse::ThreadBound)
                            .Default(ConcurrentUse::Unspecified);
    if (Use != ConcurrentUse::Unspecified)
      return Use;
  }
  return ConcurrentUse::Unspecified;
}

/// The concurrent_use annotation of the class \p Def (or of its template).
static ConcurrentUse classConcurrentUse(const CXXRecordDecl &Def) {
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(&Def)) {
    ConcurrentUse Use = concurrentUseAnnotation(*Spec->getSpecializedTemplate()->getTemplatedDecl());
    if (Use != ConcurrentUse::Unspecified)
      return Use;
  }
  return concurrentUseAnnotation(Def);
}

/// Names of the methods of \p RD (and its bases) annotated with \p Text.
static void annotatedMethods(const CXXRecordDecl &RD, llvm::StringRef Text,
                             std::vector<std::string> &Out) {
  const CXXRecordDecl *Def = RD.getDefinition();
  if (!Def)
    return;
  for (const CXXMethodDecl *Method : Def->methods())
    if (Method->getIdentifier() && hasAnnotation(*Method, Text))
      Out.push_back(Method->getNameAsString());
  for (const CXXBaseSpecifier &Base : Def->bases())
    if (const CXXRecordDecl *BaseDecl = Base.getType()->getAsCXXRecordDecl())
      annotatedMethods(*BaseDecl, Text, Out);
}

static std::vector<MemberRule> members(const CXXRecordDecl &RD, llvm::StringRef Text) {
  std::vector<std::string> Names;
  annotatedMethods(RD, Text, Names);
  std::vector<MemberRule> Members;
  for (std::string &Name : Names)
    Members.push_back({std::move(Name), false});
  return Members;
}

const TransactionTypeRule *AnnotationRules::transactionType(const CXXRecordDecl &RD) {
  const CXXRecordDecl *Annotated = annotatedClass(RD, "txscope::transaction");
  if (!Annotated)
    return nullptr;
  std::unique_ptr<TransactionTypeRule> &Rule = Transactions[Annotated];
  if (!Rule) {
    Rule = std::make_unique<TransactionTypeRule>();
    Rule->Type = Annotated->getQualifiedNameAsString();
    std::vector<std::string> Ends;
    annotatedMethods(*Annotated, "txscope::transaction_end", Ends);
    // An end method rolls back when its name says so, and commits otherwise.
    for (std::string &Name : Ends) {
      std::string Lower = llvm::StringRef(Name).lower();
      bool RollsBack = Lower.find("rollback") != std::string::npos ||
                       Lower.find("abort") != std::string::npos;
      (RollsBack ? Rule->RollbackMethods : Rule->CommitMethods).push_back(std::move(Name));
    }
  }
  return Rule.get();
}

const HandleTypeRule *AnnotationRules::handleType(const CXXRecordDecl &RD) {
  const CXXRecordDecl *Annotated = annotatedClass(RD, "txscope::task_handle");
  const CXXRecordDecl *Joining = annotatedClass(RD, "txscope::joining_task_handle");
  if (!Annotated && !Joining)
    return nullptr;
  const CXXRecordDecl *Key = Annotated ? Annotated : Joining;
  std::unique_ptr<HandleTypeRule> &Rule = Handles[Key];
  if (!Rule) {
    Rule = std::make_unique<HandleTypeRule>();
    Rule->Type = Key->getQualifiedNameAsString();
    Rule->JoinMethods = members(*Key, "txscope::join");
    Rule->TimedWaitMethods = members(*Key, "txscope::timed_wait");
    Rule->ReadyTestMethods = members(*Key, "txscope::ready_test");
    Rule->DetachMethods = members(*Key, "txscope::detach");
    Rule->Destructor = Joining ? DestructorKind::Join : DestructorKind::None;
  }
  return Rule.get();
}

const ConnectionTypeRule *AnnotationRules::connectionType(const CXXRecordDecl &RD) {
  const CXXRecordDecl *Annotated = annotatedClass(RD, [](const Decl &D) {
    return concurrentUseAnnotation(D) != ConcurrentUse::Unspecified;
  });
  if (!Annotated)
    return nullptr;
  std::unique_ptr<ConnectionTypeRule> &Rule = Connections[Annotated];
  if (!Rule) {
    Rule = std::make_unique<ConnectionTypeRule>();
    Rule->Type = Annotated->getQualifiedNameAsString();
    Rule->Concurrency = classConcurrentUse(*Annotated);
  }
  return Rule.get();
}

/// Whether \p Fn, or the template it was instantiated from, carries \p Text.
static bool functionAnnotated(const FunctionDecl &Fn, llvm::StringRef Text) {
  const FunctionDecl *Pattern = Fn.getTemplateInstantiationPattern();
  return hasAnnotation(*(Pattern ? Pattern : &Fn)->getCanonicalDecl(), Text) ||
         hasAnnotation(Fn, Text);
}

const TaskStartRule *AnnotationRules::taskStart(const FunctionDecl &Fn) {
  if (!functionAnnotated(Fn, "txscope::spawn"))
    return nullptr;
  std::unique_ptr<TaskStartRule> &Rule = Starts[Fn.getCanonicalDecl()];
  if (!Rule) {
    Rule = std::make_unique<TaskStartRule>();
    Rule->Callee = Fn.getQualifiedNameAsString();
    // A spawn that returns nothing gives no handle: fire and forget.
    Rule->Detached = Fn.getReturnType()->isVoidType();
  }
  return Rule.get();
}

bool AnnotationRules::isJoinFunction(const FunctionDecl &Fn) const {
  return functionAnnotated(Fn, "txscope::join");
}

const CallbackRule *AnnotationRules::callback(const FunctionDecl &Fn) {
  if (!functionAnnotated(Fn, "txscope::transaction_callback"))
    return nullptr;
  std::unique_ptr<CallbackRule> &Rule = Callbacks[Fn.getCanonicalDecl()];
  if (!Rule) {
    // The callable is the last parameter; its first parameter (if it has
    // one) is the transaction.
    Rule = std::make_unique<CallbackRule>();
    Rule->Callee = Fn.getQualifiedNameAsString();
    Rule->CallableArgument = Fn.getNumParams() ? int(Fn.getNumParams()) - 1 : 0;
    Rule->TransactionParameter = 0;
  }
  return Rule.get();
}

} // namespace txscope
