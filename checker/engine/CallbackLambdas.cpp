//===- CallbackLambdas.cpp - Lambdas passed to transaction callbacks ------===//
#include "CallbackLambdas.h"
#include "AstUtil.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace txscope {

void noteCallbackLambda(const CallExpr &Call, const LibraryModel &Model, CallbackLambdaMap &Out) {
  const FunctionDecl *Callee = Call.getDirectCallee();
  const CallbackRule *Rule = Callee ? Model.callback(*Callee) : nullptr;
  if (!Rule || unsigned(Rule->CallableArgument) >= Call.getNumArgs())
    return;
  const Stmt *Arg = Call.getArg(Rule->CallableArgument);
  // The lambda, wrapped in a std::function or a copy, or held in a local
  // variable first (mongocxx's documented `client_session::with_transaction_cb
  // callback = [&](...) {...}; session.with_transaction(callback);`).
  bool ThroughLocal = false; // one local only: the lambda is in its initialiser
  while (Arg && !isa<LambdaExpr>(Arg)) {
    const auto *E = dyn_cast<Expr>(Arg);
    if (!E)
      return;
    const Expr *Inner = E->IgnoreImplicit();
    if (Inner != E)
      Arg = Inner;
    else if (const auto *Construct = dyn_cast<CXXConstructExpr>(E))
      Arg = Construct->getNumArgs() ? Construct->getArg(0) : nullptr;
    else if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
      const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
      Arg = Var && !ThroughLocal && Var->isLocalVarDecl() ? Var->getInit() : nullptr;
      ThroughLocal = true;
    } else if (const auto *Move = dyn_cast<CallExpr>(E); Move && isMoveOrForward(*Move))
      Arg = Move->getArg(0);
    else
      Arg = nullptr;
  }
  if (const auto *Lambda = dyn_cast_or_null<LambdaExpr>(Arg))
    Out[Lambda->getLambdaClass()] = Rule;
}

} // namespace txscope
