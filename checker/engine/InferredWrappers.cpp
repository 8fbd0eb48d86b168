//===- InferredWrappers.cpp - A project's own transaction classes, recognised ===//
#include "InferredWrappers.h"
#include "AstUtil.h"
#include "ImportedSummaries.h"
#include "LibraryModel.h"
#include "Summaries.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace txscope {

/// Whether \p Body names the field \p Field.
static bool mentions(const Stmt *Body, const FieldDecl *Field) {
  struct Finder : RecursiveASTVisitor<Finder> {
    const FieldDecl *Field;
    bool Found = false;
    bool VisitMemberExpr(MemberExpr *Member) {
      Found |= Member->getMemberDecl() == Field;
      return !Found;
    }
  } F;
  F.Field = Field;
  F.TraverseStmt(const_cast<Stmt *>(Body));
  return F.Found;
}

/// Whether some constructor of \p Def fills \p Field (a std::unique_ptr or
/// std::optional): a written initialiser that is not empty, or a mention in
/// its body (`m_tx.emplace(c)`, `m_tx = std::make_unique<...>(c)`).
static bool filledByConstructor(const CXXRecordDecl &Def, const FieldDecl *Field) {
  for (const CXXConstructorDecl *Declared : Def.ctors()) {
    // (An out-of-line definition holds the initialisers, not the declaration.)
    const FunctionDecl *Defined = nullptr;
    const auto *Ctor = Declared->hasBody(Defined) ? cast<CXXConstructorDecl>(Defined) : Declared;
    if (Ctor->isCopyOrMoveConstructor())
      continue;
    for (const CXXCtorInitializer *Init : Ctor->inits()) {
      if (!Init->isWritten() || Init->getMember() != Field || !Init->getInit())
        continue;
      const Expr *Value = Init->getInit()->IgnoreImplicit();
      const auto *Construct = dyn_cast<CXXConstructExpr>(Value);
      if (!(Construct && Construct->getNumArgs() == 0) && !isa<CXXNullPtrLiteralExpr>(Value))
        return true;
    }
    if (Ctor->hasBody() && mentions(Ctor->getBody(), Field))
      return true;
  }
  return false;
}

bool InferredWrappers::holdsTransaction(const CXXRecordDecl &Def) {
  for (const FieldDecl *Field : Def.fields()) {
    QualType T = Field->getType();
    if (T->isReferenceType() || T->isPointerType())
      continue;
    QualType Owned = ownedType(T);
    if (!Model.transactionType(Owned.isNull() ? T : Owned))
      continue;
    if (Owned.isNull() || filledByConstructor(Def, Field))
      return true;
  }
  return false;
}

std::unique_ptr<TransactionTypeRule> InferredWrappers::infer(const CXXRecordDecl &Def) {
  bool Holds = holdsTransaction(Def);
  bool Begins = Holds, Ends = Holds;
  for (const CXXConstructorDecl *Ctor : Def.ctors())
    if (const FunctionSummary *Summary = Callees.summaryOf(*Ctor))
      Begins |= Summary->begins();
  if (const CXXDestructorDecl *Dtor = Def.getDestructor())
    if (const FunctionSummary *Summary = Callees.summaryOf(*Dtor))
      Ends |= Summary->ends();
  if (!Begins || !Ends)
    return nullptr;
  auto Rule = std::make_unique<TransactionTypeRule>();
  Rule->Type = Def.getQualifiedNameAsString();
  // End methods: those that end what the object holds.
  for (const CXXMethodDecl *Method : Def.methods()) {
    if (isa<CXXConstructorDecl>(Method) || isa<CXXDestructorDecl>(Method) ||
        !Method->getIdentifier())
      continue;
    const FunctionSummary *Summary = Callees.summaryOf(*Method);
    if (!Summary)
      continue;
    for (const TransactionEffect &Effect : Summary->Effects) {
      if (Effect.Kind == TransactionEffect::Begin || !Effect.On.isThis())
        continue;
      std::vector<std::string> &List =
          Effect.Kind == TransactionEffect::Commit ? Rule->CommitMethods : Rule->RollbackMethods;
      if (!llvm::is_contained(List, Method->getName()))
        List.push_back(Method->getNameAsString());
    }
  }
  return Rule;
}

const TransactionTypeRule *InferredWrappers::transactionType(const CXXRecordDecl &RD) {
  if (const TransactionTypeRule *Rule = inferredHere(RD))
    return Rule;
  if (!Imported || RD.isDependentContext() || RD.isLambda() ||
      RD.getASTContext().getSourceManager().isInSystemHeader(RD.getLocation()))
    return nullptr;
  return Imported->wrapperClass(RD);
}

const TransactionTypeRule *InferredWrappers::inferredHere(const CXXRecordDecl &RD) {
  const CXXRecordDecl *Def = RD.getDefinition();
  if (!Def || Def->isDependentContext() || Def->isLambda() ||
      Def->getASTContext().getSourceManager().isInSystemHeader(Def->getLocation()))
    return nullptr;
  auto Known = Rules.find(Def);
  if (Known != Rules.end())
    return Known->second.get();
  if (!InProgress.insert(Def).second)
    return nullptr; // (a class holding itself through a member's member)
  std::unique_ptr<TransactionTypeRule> Rule = infer(*Def);
  InProgress.erase(Def);
  return (Rules[Def] = std::move(Rule)).get();
}

} // namespace txscope
