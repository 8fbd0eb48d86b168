//===- FactIndex.h - One pass over a body, shared by the collector's parts -*- C++ -*-===//
#ifndef TXSCOPE_ENGINE_FACTINDEX_H
#define TXSCOPE_ENGINE_FACTINDEX_H

#include "AstUtil.h"
#include "BodyVisitor.h"
#include "FactCollector.h"
#include <optional>

namespace txscope {

/// One pass over the body: the locals, the references to each variable, and
/// the calls.
struct FactCollector::Index : BodyVisitor<Index> {
  std::vector<const clang::VarDecl *> Locals;
  llvm::DenseMap<const clang::Decl *, llvm::SmallVector<const clang::DeclRefExpr *, 4>> Refs;
  std::vector<const clang::CXXMemberCallExpr *> MemberCalls;
  std::vector<const clang::CallExpr *> Calls;
  std::vector<const clang::CXXConstructExpr *> Constructs;

  bool VisitVarDecl(clang::VarDecl *V) {
    if (isAutomaticLocal(*V))
      Locals.push_back(V);
    return true;
  }
  bool VisitDeclRefExpr(clang::DeclRefExpr *Ref) {
    Refs[Ref->getDecl()].push_back(Ref);
    return true;
  }
  bool VisitCallExpr(clang::CallExpr *Call) {
    if (auto *Member = llvm::dyn_cast<clang::CXXMemberCallExpr>(Call))
      MemberCalls.push_back(Member);
    else if (!llvm::isa<clang::CXXOperatorCallExpr>(Call) || calledName(*Call) != Call->getDirectCallee())
      Calls.push_back(Call); // (and calls of function objects such as stdexec::spawn)
    return true;
  }
  bool VisitCXXConstructExpr(clang::CXXConstructExpr *Construct) {
    Constructs.push_back(Construct);
    return true;
  }
};

/// How an end method named \p Name ends a transaction, if it does.
inline std::optional<EndKind> endKindOf(const std::vector<std::string> &Commit,
                                        const std::vector<std::string> &Rollback,
                                        llvm::StringRef Name) {
  if (nameListed(Commit, Name))
    return EndKind::Commit;
  if (nameListed(Rollback, Name))
    return EndKind::Rollback;
  return std::nullopt;
}

} // namespace txscope

#endif
