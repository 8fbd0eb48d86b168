//===- Places.cpp - What an expression names: a variable, `this`, a field path ===//
#include "Places.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/STLExtras.h"

using namespace clang;

namespace txscope {

bool Place::overlaps(const Place &O) const {
  if (Root != O.Root)
    return false;
  size_t Common = std::min(Fields.size(), O.Fields.size());
  return std::equal(Fields.begin(), Fields.begin() + Common, O.Fields.begin());
}

std::string Place::name() const {
  std::string Out;
  if (const auto *Named = llvm::dyn_cast_or_null<NamedDecl>(Root)) {
    Out = Named->getNameAsString();
    if (isa<FunctionDecl>(Root))
      Out += "()";
  }
  for (llvm::StringRef Field : Fields)
    Out += (Out.empty() ? "" : ".") + Field.str();
  return Out.empty() ? "*this" : Out;
}

bool PlaceSet::insert(const Place &P) {
  if (contains(P))
    return false;
  Items.push_back(P);
  return true;
}

bool PlaceSet::overlaps(const Place &P) const {
  return llvm::any_of(Items, [&](const Place &Q) { return Q.overlaps(P); });
}

bool PlaceSet::overlapsAny(const PlaceSet &Other) const {
  return llvm::any_of(Other, [&](const Place &P) { return overlaps(P); });
}

std::optional<Place> placeOf(const Expr *E) {
  if (!E)
    return std::nullopt;
  E = E->IgnoreParenImpCasts();
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
    if (isa<VarDecl>(Ref->getDecl()) || isa<BindingDecl>(Ref->getDecl()))
      return Place::of(Ref->getDecl());
    return std::nullopt;
  }
  if (isa<CXXThisExpr>(E))
    return Place::thisObject();
  if (const auto *Member = dyn_cast<MemberExpr>(E)) {
    const ValueDecl *D = Member->getMemberDecl();
    if (isa_and_nonnull<VarDecl>(D)) // a static data member
      return Place::of(D);
    std::optional<Place> Base = placeOf(Member->getBase());
    if (Base && isa_and_nonnull<FieldDecl>(D) && D->getIdentifier())
      Base->Fields.push_back(D->getName());
    return Base;
  }
  if (const auto *Unary = dyn_cast<UnaryOperator>(E))
    if (Unary->getOpcode() == UO_Deref || Unary->getOpcode() == UO_AddrOf)
      return placeOf(Unary->getSubExpr());
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E)) {
    if ((Op->getOperator() == OO_Arrow || Op->getOperator() == OO_Star) && Op->getNumArgs() == 1)
      return placeOf(Op->getArg(0)); // a smart pointer stands for what it owns
    return std::nullopt;
  }
  if (const auto *Call = dyn_cast<CXXMemberCallExpr>(E)) {
    // A getter: di.backend() is a part of di, as the field di.backend would be.
    const CXXMethodDecl *Method = Call->getMethodDecl();
    std::optional<Place> Object = placeOf(Call->getImplicitObjectArgument());
    if (!Object || !Method || !Method->getIdentifier())
      return std::nullopt;
    Object->Fields.push_back(Method->getName());
    return Object;
  }
  if (const auto *Call = dyn_cast<CallExpr>(E))
    if (const FunctionDecl *Callee = Call->getDirectCallee())
      return Place::of(Callee->getCanonicalDecl()); // an accessor
  return std::nullopt;
}

namespace {

/// One walk over an expression (or, for `this` only, over a body).
class UseWalker {
public:
  UseWalker(PlaceSet &Out, MemberUses *Members, bool ThisOnly)
      : Out(Out), Members(Members), ThisOnly(ThisOnly) {}

  void walk(const Stmt *S) {
    if (!S)
      return;
    if (const auto *Ref = dyn_cast<DeclRefExpr>(S)) {
      if (!ThisOnly && (isa<VarDecl>(Ref->getDecl()) || isa<BindingDecl>(Ref->getDecl())))
        Out.insert(Place::of(Ref->getDecl()));
      return;
    }
    if (const auto *Unary = dyn_cast<UnaryOperator>(S))
      if (const CXXMethodDecl *Method = memberFunctionPointer(*Unary)) {
        MethodPointers.push_back(Method);
        return;
      }
    if (const auto *Member = dyn_cast<MemberExpr>(S)) {
      std::optional<Place> P = isa<FieldDecl>(Member->getMemberDecl()) ? placeOf(Member)
                                                                        : std::nullopt;
      if (P && (!ThisOnly || P->isThis())) {
        Out.insert(*P);
        return;
      }
      walk(Member->getBase());
      return;
    }
    if (const auto *Call = dyn_cast<CXXMemberCallExpr>(S)) {
      const Expr *Object = Call->getImplicitObjectArgument();
      if (Object && isa<CXXThisExpr>(Object->IgnoreParenImpCasts())) {
        addMethodUses(Call->getMethodDecl());
        for (const Expr *Arg : Call->arguments())
          walk(Arg);
        return;
      }
    }
    if (isa<CXXThisExpr>(S)) {
      WholeThis = true;
      return;
    }
    if (const auto *Lambda = dyn_cast<LambdaExpr>(S)) {
      bool CapturesThis = false;
      auto Init = Lambda->capture_init_begin();
      for (auto Capture = Lambda->capture_begin(); Capture != Lambda->capture_end();
           ++Capture, ++Init) {
        if (Capture->capturesThis()) {
          CapturesThis = true; // (its initialiser is `this` itself: not a use of all members)
          continue;
        }
        if (!ThisOnly && Capture->capturesVariable())
          Out.insert(Place::of(Capture->getCapturedVar()));
        walk(*Init);
      }
      // A lambda body names exactly the variables it captures; what it
      // reaches through `this` is read from the body.
      if (CapturesThis) {
        UseWalker Body(Out, Members, /*ThisOnly=*/true);
        Body.walk(Lambda->getBody());
        Body.finish();
      }
      return;
    }
    for (const Stmt *Child : S->children())
      walk(Child);
  }

  /// `this` handed over whole: to a member-function pointer bound to it, the
  /// members that function uses; otherwise all of them.
  void finish() {
    if (!WholeThis)
      return;
    if (MethodPointers.empty() || !Members) {
      Out.insert(Place::thisObject());
      return;
    }
    for (const CXXMethodDecl *Method : MethodPointers)
      Out.insertAll(Members->membersUsedBy(*Method));
  }

private:
  static const CXXMethodDecl *memberFunctionPointer(const UnaryOperator &Unary) {
    if (Unary.getOpcode() != UO_AddrOf)
      return nullptr;
    const auto *Ref = dyn_cast<DeclRefExpr>(Unary.getSubExpr()->IgnoreParenImpCasts());
    const auto *Method = Ref ? dyn_cast<CXXMethodDecl>(Ref->getDecl()) : nullptr;
    return Method && !Method->isStatic() ? Method : nullptr;
  }

  void addMethodUses(const CXXMethodDecl *Method) {
    if (Method && Members)
      Out.insertAll(Members->membersUsedBy(*Method));
    else
      Out.insert(Place::thisObject());
  }

  PlaceSet &Out;
  MemberUses *Members;
  bool ThisOnly;
  bool WholeThis = false;
  llvm::SmallVector<const CXXMethodDecl *, 2> MethodPointers;
};

} // namespace

void collectUses(const Stmt *E, PlaceSet &Out, MemberUses *Members) {
  UseWalker Walker(Out, Members, /*ThisOnly=*/false);
  Walker.walk(E);
  Walker.finish();
}

void collectThisUses(const Stmt *Body, PlaceSet &Out, MemberUses *Members) {
  UseWalker Walker(Out, Members, /*ThisOnly=*/true);
  Walker.walk(Body);
  Walker.finish();
}

} // namespace txscope
