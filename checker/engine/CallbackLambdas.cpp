//===- CallbackLambdas.cpp - Lambdas passed to transaction callbacks ------===//
#include "CallbackLambdas.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace txscope {

void noteCallbackLambda(const CallExpr &Call, const LibraryModel &Model, CallbackLambdaMap &Out) {
  const FunctionDecl *Callee = Call.getDirectCallee();
  const CallbackRule *Rule = Callee ? Model.callback(*Callee) : nullptr;
  if (!Rule || unsigned(Rule->CallableArgument) >= Call.getNumArgs())
    return;
  const Stmt *Arg = Call.getArg(Rule->CallableArgument);
  while (Arg && !isa<LambdaExpr>(Arg)) {
    const auto *E = dyn_cast<Expr>(Arg);
    if (!E)
      return;
    const Expr *Inner = E->IgnoreImplicit();
    if (Inner != E)
      Arg = Inner;
    else if (const auto *Construct = dyn_cast<CXXConstructExpr>(E))
      Arg = Construct->getNumArgs() ? Construct->getArg(0) : nullptr;
    else
      Arg = nullptr;
  }
  if (const auto *Lambda = dyn_cast_or_null<LambdaExpr>(Arg))
    Out[Lambda->getLambdaClass()] = Rule;
}

} // namespace txscope
