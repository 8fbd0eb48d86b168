//===- ReadyTests.cpp - Timed waits and ready tests, per branch ------------===//
//
// The FactCollector's part that reads what a program does with the result
// of a timed wait (`f.wait_for(d) != std::future_status::ready`) or of a
// test that the task finished (`f.isFinished()`). SPEC §1: on the branch
// where the result says the task finished it is joined; on the other it
// may still run. The CFG has a block per branch; the join is placed on the
// edge out of the block that tests the result (EventGraph), so a loop
// repeating the wait until it reports ready is a join too.
//
//===----------------------------------------------------------------------===//
#include "FactIndex.h"

using namespace clang;

namespace txscope {

namespace {
/// What a value says about the task: nothing yet (a status not compared
/// yet), or whether true means finished.
struct Meaning {
  bool Known = false;
  bool FinishedWhenTrue = true;
};

/// The enumerator \p E names, if any (`std::future_status::ready`).
const EnumConstantDecl *enumeratorOf(const Expr *E) {
  const auto *Ref = E ? dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts()) : nullptr;
  return Ref ? dyn_cast<EnumConstantDecl>(Ref->getDecl()) : nullptr;
}

/// For `Value == X` / `Value != X` (built-in or overloaded) with \p Child
/// the side holding the value: the other side, and whether it is `==`.
const Expr *comparedWith(const Stmt *Parent, const Stmt *Child, bool &Equal) {
  if (const auto *Op = dyn_cast<BinaryOperator>(Parent)) {
    if (Op->getOpcode() != BO_EQ && Op->getOpcode() != BO_NE)
      return nullptr;
    Equal = Op->getOpcode() == BO_EQ;
    return Op->getLHS() == Child ? Op->getRHS() : Op->getLHS();
  }
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Parent)) {
    if ((Op->getOperator() != OO_EqualEqual && Op->getOperator() != OO_ExclaimEqual) ||
        Op->getNumArgs() != 2)
      return nullptr;
    Equal = Op->getOperator() == OO_EqualEqual;
    return Op->getArg(0) == Child ? Op->getArg(1) : Op->getArg(0);
  }
  return nullptr;
}

bool isTransparent(const Stmt *S) {
  return isa<ParenExpr>(S) || isa<ImplicitCastExpr>(S) || isa<FullExpr>(S) ||
         isa<MaterializeTemporaryExpr>(S) || isa<CXXBindTemporaryExpr>(S);
}
} // namespace

void FactCollector::addReadyBranches(unsigned TaskIndex, const CallExpr &Call,
                                     const std::vector<std::string> *ReadyStatus) {
  Event Joined{Event::Join, TaskIndex, diagLoc(Call)};
  // Variables holding the result, already followed (`auto s = f.wait_for(d);`).
  llvm::SmallPtrSet<const VarDecl *, 2> Held;
  std::function<void(const Stmt *, Meaning)> Follow = [&](const Stmt *Value, Meaning M) {
    const Stmt *Child = Value;
    for (const Stmt *Parent = PM.getParent(Child); Parent;
         Child = Parent, Parent = PM.getParent(Parent)) {
      // Every form of the value on the way up may be what the CFG lists as
      // the condition of a branch: each is one.
      if (M.Known)
        Out->BranchEvents[Child].push_back({M.FinishedWhenTrue, Joined});
      if (isTransparent(Parent))
        continue;
      if (const auto *Not = dyn_cast<UnaryOperator>(Parent)) {
        if (Not->getOpcode() != UO_LNot || !M.Known)
          return;
        M.FinishedWhenTrue = !M.FinishedWhenTrue;
        continue;
      }
      bool Equal = false;
      if (const Expr *Other = comparedWith(Parent, Child, Equal)) {
        const EnumConstantDecl *Status = enumeratorOf(Other);
        if (M.Known || !Status || !ReadyStatus)
          return;
        bool Ready = llvm::is_contained(*ReadyStatus, Status->getName());
        // `== ready` and `!= timeout` are true once it finished.
        M = {true, Equal == Ready};
        continue;
      }
      // Stored and tested later: every read of the variable says the same
      // (the variable is not followed through assignments).
      const auto *DS = dyn_cast<DeclStmt>(Parent);
      const VarDecl *Var = DS && DS->isSingleDecl() ? dyn_cast<VarDecl>(DS->getSingleDecl()) : nullptr;
      if (Var && Var->getInit() == Child && isAutomaticLocal(*Var) &&
          !Var->getType()->isReferenceType() && Held.insert(Var).second)
        for (const DeclRefExpr *Ref : Idx->Refs.lookup(Var))
          Follow(Ref, M);
      return;
    }
  };
  const Type *Result = Call.getType().getCanonicalType().getTypePtr();
  if (Result->isBooleanType())
    Follow(&Call, {true, true});
  else if (Result->isEnumeralType() && ReadyStatus && !ReadyStatus->empty())
    Follow(&Call, {});
}

} // namespace txscope
