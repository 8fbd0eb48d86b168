//===- BodyVisitor.h - How every pass walks a function body -----*- C++ -*-===//
#ifndef TXSCOPE_ENGINE_BODYVISITOR_H
#define TXSCOPE_ENGINE_BODYVISITOR_H

#include "clang/AST/RecursiveASTVisitor.h"

namespace txscope {

/// The traversal every pass over a body shares, so that they all see the
/// same statements: template instantiations are visited; a lambda's body
/// belongs to the lambda's own analysis and is not entered, its captures are.
template <typename Derived> struct BodyVisitor : clang::RecursiveASTVisitor<Derived> {
  bool shouldVisitTemplateInstantiations() const { return true; }
  bool TraverseLambdaExpr(clang::LambdaExpr *Lambda) {
    for (clang::Expr *Init : Lambda->capture_inits())
      this->getDerived().TraverseStmt(Init);
    return true;
  }
};

} // namespace txscope

#endif
