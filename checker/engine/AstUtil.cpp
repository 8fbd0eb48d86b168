//===- AstUtil.cpp - Small questions about expressions --------------------===//
#include "AstUtil.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/STLExtras.h"

using namespace clang;

namespace txscope {

const Decl *receiverKey(const Expr *Object) {
  if (!Object)
    return nullptr;
  Object = Object->IgnoreParenImpCasts();
  if (const auto *Ref = dyn_cast<DeclRefExpr>(Object))
    return Ref->getDecl();
  if (const auto *Member = dyn_cast<MemberExpr>(Object))
    return Member->getMemberDecl();
  if (const auto *Unary = dyn_cast<UnaryOperator>(Object))
    if (Unary->getOpcode() == UO_Deref || Unary->getOpcode() == UO_AddrOf)
      return receiverKey(Unary->getSubExpr());
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Object))
    if ((Op->getOperator() == OO_Arrow || Op->getOperator() == OO_Star) && Op->getNumArgs() > 0)
      return receiverKey(Op->getArg(0));
  if (const auto *Call = dyn_cast<CallExpr>(Object))
    if (const FunctionDecl *Callee = Call->getDirectCallee())
      return Callee->getCanonicalDecl();
  return nullptr;
}

QualType objectType(const CXXMemberCallExpr &Call) {
  const Expr *Object = Call.getImplicitObjectArgument();
  if (!Object)
    return QualType();
  QualType T = Object->getType();
  return T->isPointerType() ? T->getPointeeType() : T;
}

llvm::StringRef methodName(const CXXMemberCallExpr &Call) {
  const CXXMethodDecl *Method = Call.getMethodDecl();
  return Method && Method->getIdentifier() ? Method->getName() : llvm::StringRef();
}

bool isAutomaticLocal(const VarDecl &V) { return V.isLocalVarDecl() && !V.isStaticLocal(); }

/// Whether \p RD or a base declares operator-> (libstdc++'s shared_ptr
/// inherits it from __shared_ptr_access).
static bool hasArrowOperator(const CXXRecordDecl &RD) {
  const CXXRecordDecl *Def = RD.getDefinition();
  if (!Def)
    return false;
  if (llvm::any_of(Def->methods(), [](const CXXMethodDecl *M) {
        return M->getOverloadedOperator() == OO_Arrow;
      }))
    return true;
  return llvm::any_of(Def->bases(), [](const CXXBaseSpecifier &Base) {
    const CXXRecordDecl *BaseDecl = Base.getType()->getAsCXXRecordDecl();
    return BaseDecl && hasArrowOperator(*BaseDecl);
  });
}

QualType ownedType(QualType T) {
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(T->getAsCXXRecordDecl());
  if (!Spec || Spec->getTemplateArgs().size() == 0 ||
      Spec->getTemplateArgs()[0].getKind() != TemplateArgument::Type)
    return QualType();
  return hasArrowOperator(*Spec) ? Spec->getTemplateArgs()[0].getAsType() : QualType();
}

/// The by-copy captures of \p E if it is a lambda; a plain variable otherwise.
static void addCopiesOf(const Expr *E, llvm::SmallPtrSetImpl<const Decl *> &Out) {
  E = E->IgnoreImplicit();
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E))
    if (Construct->getNumArgs() == 1)
      E = Construct->getArg(0)->IgnoreImplicit();
  if (const auto *Lambda = dyn_cast<LambdaExpr>(E)) {
    for (const LambdaCapture &Capture : Lambda->captures())
      if (Capture.capturesVariable() && Capture.getCaptureKind() == LCK_ByCopy)
        Out.insert(Capture.getCapturedVar());
  } else if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
    Out.insert(Ref->getDecl());
  }
}

void collectCopies(const Expr *Start, llvm::SmallPtrSetImpl<const Decl *> &Out) {
  if (const auto *Call = dyn_cast<CallExpr>(Start)) {
    for (const Expr *Arg : Call->arguments())
      addCopiesOf(Arg, Out);
  } else if (const auto *Construct = dyn_cast<CXXConstructExpr>(Start)) {
    for (const Expr *Arg : Construct->arguments())
      addCopiesOf(Arg, Out);
  }
}

const NamedDecl *calledName(const CallExpr &Call) {
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(&Call))
    if (Op->getOperator() == OO_Call && Op->getNumArgs() > 0)
      if (const auto *Ref = dyn_cast<DeclRefExpr>(Op->getArg(0)->IgnoreParenImpCasts()))
        return Ref->getDecl();
  return Call.getDirectCallee();
}

const Expr *writtenArg(const CallExpr &Call, int Index) {
  const auto *Op = dyn_cast<CXXOperatorCallExpr>(&Call);
  unsigned Skip = Op && Op->getOperator() == OO_Call ? 1 : 0;
  if (Index < 0 || unsigned(Index) + Skip >= Call.getNumArgs())
    return nullptr;
  return Call.getArg(unsigned(Index) + Skip);
}

bool isMoveOrForward(const CallExpr &Call) {
  const FunctionDecl *Callee = Call.getDirectCallee();
  if (!Callee || Call.getNumArgs() != 1 || !Callee->isInStdNamespace() ||
      !Callee->getIdentifier())
    return false;
  return Callee->getName() == "move" || Callee->getName() == "forward";
}

unsigned explicitArgCount(const CallExpr &Call) {
  unsigned Count = 0;
  for (const Expr *Arg : Call.arguments())
    if (!isa<CXXDefaultArgExpr>(Arg))
      ++Count;
  return Count;
}

bool isPlainData(QualType T) {
  if (T.isNull())
    return false;
  T = T.getNonReferenceType();
  return T->isArithmeticType() || T->isEnumeralType();
}

std::string literalText(const Expr *E) {
  if (!E)
    return std::string();
  if (const auto *Literal = dyn_cast<StringLiteral>(E->IgnoreParenImpCasts()))
    return Literal->getCharByteWidth() == 1 ? Literal->getString().str() : std::string();
  for (const Stmt *Child : E->children())
    if (const auto *ChildExpr = dyn_cast_or_null<Expr>(Child)) {
      std::string Text = literalText(ChildExpr);
      if (!Text.empty())
        return Text;
    }
  return std::string();
}

SourceLocation diagLoc(const Stmt &S) {
  if (const auto *E = dyn_cast<Expr>(&S))
    return E->getExprLoc();
  return S.getBeginLoc();
}

/// Whether \p A and \p B are specialisations of the same class template.
static bool sameClassTemplate(QualType A, QualType B) {
  const auto *SA = dyn_cast_or_null<ClassTemplateSpecializationDecl>(A->getAsCXXRecordDecl());
  const auto *SB = dyn_cast_or_null<ClassTemplateSpecializationDecl>(B->getAsCXXRecordDecl());
  return SA && SB &&
         SA->getSpecializedTemplate()->getCanonicalDecl() ==
             SB->getSpecializedTemplate()->getCanonicalDecl();
}

/// Whether \p Parent only wraps \p Child without making another object of it.
static bool isTransparent(const Stmt *Parent, const Stmt *Child, bool &Moved) {
  if (isa<ImplicitCastExpr>(Parent) || isa<ParenExpr>(Parent) ||
      isa<MaterializeTemporaryExpr>(Parent) || isa<CXXBindTemporaryExpr>(Parent) ||
      isa<ExprWithCleanups>(Parent) || isa<ConstantExpr>(Parent) ||
      isa<CXXFunctionalCastExpr>(Parent) || isa<CXXStaticCastExpr>(Parent))
    return true;
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(Parent)) {
    const CXXConstructorDecl *Ctor = Construct->getConstructor();
    if (Construct->getNumArgs() < 1 || Construct->getArg(0) != Child || !Ctor)
      return false;
    if (Ctor->isCopyOrMoveConstructor()) {
      Moved |= Ctor->isMoveConstructor();
      return true;
    }
    // Converting between specialisations of one class template is still the
    // same task (awaitable<void> -> awaitable<void, any_executor>).
    if (sameClassTemplate(Construct->getType(), cast<Expr>(Child)->getType())) {
      Moved |= cast<Expr>(Child)->isXValue() || cast<Expr>(Child)->isPRValue();
      return true;
    }
    return false;
  }
  if (const auto *Call = dyn_cast<CallExpr>(Parent))
    if (isMoveOrForward(*Call)) {
      Moved = true;
      return true;
    }
  // co_await x: the promise's await_transform(x) and the awaiter's opaque
  // value stand between x and the CoawaitExpr.
  if (isa<OpaqueValueExpr>(Parent))
    return true;
  if (const auto *Call = dyn_cast<CXXMemberCallExpr>(Parent)) {
    const CXXMethodDecl *Method = Call->getMethodDecl();
    return Method && Method->getIdentifier() && Method->getName() == "await_transform";
  }
  return false;
}

Flow flowUp(const ParentMap &PM, const Stmt *E) {
  Flow F;
  const Stmt *Child = E;
  const Stmt *Parent = PM.getParent(Child);
  while (Parent && isTransparent(Parent, Child, F.Moved)) {
    Child = Parent;
    Parent = PM.getParent(Child);
  }
  F.Parent = Parent;
  F.Child = Child;
  return F;
}

const CoawaitExpr *awaitedBy(const ParentMap &PM, const Stmt *E) {
  Flow F = flowUp(PM, E);
  // A member or free operator co_await (drogon::Task, folly::Future) turns
  // the awaited object into its awaiter first.
  if (const auto *Op = dyn_cast_or_null<CXXOperatorCallExpr>(F.Parent))
    if (Op->getOperator() == OO_Coawait)
      F = flowUp(PM, Op);
  // co_await (a && b), co_await (a || b): asio's awaitable operators await
  // both operands (|| until the first completes; the other is cancelled).
  while (const auto *Op = dyn_cast_or_null<CXXOperatorCallExpr>(F.Parent)) {
    if (Op->getOperator() != OO_AmpAmp && Op->getOperator() != OO_PipePipe)
      break;
    F = flowUp(PM, Op);
  }
  if (const auto *Await = dyn_cast_or_null<CoawaitExpr>(F.Parent))
    return Await;
  // (Through a derived-to-base cast when the awaiter's members are a base's.)
  const auto *Child = dyn_cast_or_null<Expr>(F.Child);
  if (!Child || !isa<OpaqueValueExpr>(Child->IgnoreImpCasts()))
    return nullptr;
  // (The awaiter's members may be static: stdexec's `static constexpr
  // await_ready()` is a plain call through a decayed pointer.)
  for (const Stmt *P = F.Parent; P; P = PM.getParent(P)) {
    if (const auto *Await = dyn_cast<CoawaitExpr>(P))
      return Await;
    if (!isa<MemberExpr>(P) && !isa<CallExpr>(P) && !isa<ImplicitCastExpr>(P) &&
        !isa<MaterializeTemporaryExpr>(P) && !isa<CXXBindTemporaryExpr>(P) &&
        !isa<ExprWithCleanups>(P))
      return nullptr;
  }
  return nullptr;
}

const CXXMemberCallExpr *memberCallOn(const ParentMap &PM, const Stmt *E) {
  Flow F = flowUp(PM, E);
  // std::move(task).Detach(): an rvalue-qualified member called on the moved handle.
  if (const auto *Move = dyn_cast_or_null<CallExpr>(F.Parent))
    if (Move->getNumArgs() == 1 && isMoveOrForward(*Move))
      F = flowUp(PM, Move);
  // owner->commit(): the member call is made on what operator-> returns.
  if (const auto *Arrow = dyn_cast_or_null<CXXOperatorCallExpr>(F.Parent))
    if (Arrow->getOperator() == OO_Arrow && Arrow->getNumArgs() == 1)
      F = flowUp(PM, Arrow);
  const auto *Member = dyn_cast_or_null<MemberExpr>(F.Parent);
  const auto *Call = Member ? dyn_cast_or_null<CXXMemberCallExpr>(PM.getParent(Member)) : nullptr;
  return Call && Call->getCallee() == Member ? Call : nullptr;
}

} // namespace txscope
