//===- Regions.cpp - The statements a body's transactions are analysed over ===//
#include "Regions.h"
#include "AstUtil.h"
#include "BodyVisitor.h"
#include "SqlText.h"
#include "Summaries.h"
#include "clang/AST/StmtCXX.h"
#include <algorithm>

using namespace clang;

namespace txscope {
namespace {

/// One pass over the body. The open compound statements form a stack of
/// levels (level 0 is the body). Each level records the lowest level that
/// something inside it reaches out to: a local declared further out or
/// initialised from one, the loop or switch of a break, continue or case
/// label, the try statement whose handlers a throw may reach. A transaction
/// declared at a level is analysed over the statement of the lowest level
/// its own level reaches.
class Planner : public BodyVisitor<Planner> {
  using Visitor = RecursiveASTVisitor<Planner>;

public:
  Planner(const LibraryModel &Model, Stmt *Body, CallbackLambdaMap &Lambdas, Summaries *Callees)
      : Model(Model), Body(Body), Lambdas(Lambdas), Callees(Callees) {
    Levels.push_back({Body, 0, false, false, 0});
  }

  std::vector<Stmt *> plan(bool IsCallback, bool Split) {
    TraverseStmt(Body);
    if (IsCallback || PairBegins)
      return {Body};
    const Level &Top = Levels.front();
    bool AtBody = Top.HasTransaction || Top.IsRegion;
    if (!AtBody && Finished.empty())
      return {}; // no transaction here
    if (!Split || Unsplittable || AtBody)
      return {Body};
    std::vector<Stmt *> Regions;
    for (const Region &R : Finished)
      Regions.push_back(R.S);
    return Regions;
  }

  bool TraverseCompoundStmt(CompoundStmt *S) {
    if (S == Body)
      return Visitor::TraverseCompoundStmt(S);
    Levels.push_back({S, depth() + 1, false, false, ++Opened});
    bool Result = Visitor::TraverseCompoundStmt(S);
    close();
    return Result;
  }
  bool TraverseForStmt(ForStmt *S) {
    return withTarget(Target::Loop, [&] { return Visitor::TraverseForStmt(S); });
  }
  bool TraverseWhileStmt(WhileStmt *S) {
    return withTarget(Target::Loop, [&] { return Visitor::TraverseWhileStmt(S); });
  }
  bool TraverseDoStmt(DoStmt *S) {
    return withTarget(Target::Loop, [&] { return Visitor::TraverseDoStmt(S); });
  }
  bool TraverseCXXForRangeStmt(CXXForRangeStmt *S) {
    return withTarget(Target::Loop, [&] { return Visitor::TraverseCXXForRangeStmt(S); });
  }
  bool TraverseSwitchStmt(SwitchStmt *S) {
    return withTarget(Target::Switch, [&] { return Visitor::TraverseSwitchStmt(S); });
  }
  bool TraverseCXXTryStmt(CXXTryStmt *S) {
    Tries.push_back(depth());
    bool Result = Visitor::TraverseCXXTryStmt(S);
    Tries.pop_back();
    return Result;
  }
  // A local class's methods are functions of their own and cannot use our locals.
  bool TraverseCXXRecordDecl(CXXRecordDecl *) { return true; }
  bool TraverseRecordDecl(RecordDecl *) { return true; }
  bool TraverseVarDecl(VarDecl *V) {
    return initialising(V, [&] { return Visitor::TraverseVarDecl(V); });
  }
  bool TraverseDecompositionDecl(DecompositionDecl *V) {
    return initialising(V, [&] { return Visitor::TraverseDecompositionDecl(V); });
  }

  bool VisitVarDecl(VarDecl *V) {
    if (!isAutomaticLocal(*V))
      return true;
    Reach[V] = depth();
    if (const auto *Decomposition = dyn_cast<DecompositionDecl>(V))
      for (const BindingDecl *Binding : Decomposition->bindings())
        Reach[Binding] = depth();
    if (Model.heldTransaction(*V)) {
      Levels.back().HasTransaction = true;
      // A throw may leave for the handlers of an enclosing try.
      if (!Tries.empty())
        reachOut(Tries.front());
    }
    return true;
  }
  bool VisitDeclRefExpr(DeclRefExpr *Ref) {
    auto It = Reach.find(Ref->getDecl());
    if (It != Reach.end()) {
      unsigned Level = It->second;
      reachOut(Level);
      if (!Initialised.empty()) {
        auto Own = Reach.find(Initialised.back());
        if (Own != Reach.end())
          Own->second = std::min(Own->second, Level);
      }
    }
    checkShared(Ref);
    return true;
  }
  bool VisitMemberExpr(MemberExpr *Member) {
    checkShared(Member);
    return true;
  }
  bool VisitCallExpr(CallExpr *Call) {
    noteCallbackLambda(*Call, Model, Lambdas);
    checkShared(Call);
    // A begin call makes a scope that need not follow the blocks.
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
      if (const CallPairRule *Pair = Model.callPairReceiver(objectType(*Member)))
        PairBegins |= nameListed(Pair->BeginMethods, methodName(*Member));
    if (const FunctionDecl *Callee = Call->getDirectCallee()) {
      if (const SqlCallRule *Sql = Model.sqlCall(*Callee))
        PairBegins |= sqlEffect(*Call, *Sql) == SqlEffect::Begin;
      // A helper that begins a transaction on what it is given.
      if (const FunctionSummary *Summary = Callees ? Callees->summaryOf(*Callee) : nullptr)
        PairBegins |= Summary->begins();
    }
    return true;
  }
  bool VisitBreakStmt(BreakStmt *) { return jumpTo([](Target::Kind) { return true; }); }
  bool VisitContinueStmt(ContinueStmt *) {
    return jumpTo([](Target::Kind K) { return K == Target::Loop; });
  }
  bool VisitSwitchCase(SwitchCase *) {
    return jumpTo([](Target::Kind K) { return K == Target::Switch; });
  }
  // Jumps to labels, and statements the CFG treats apart: the whole body.
  bool VisitGotoStmt(GotoStmt *) { return unsplittable(); }
  bool VisitIndirectGotoStmt(IndirectGotoStmt *) { return unsplittable(); }
  bool VisitLabelStmt(LabelStmt *) { return unsplittable(); }
  bool VisitAddrLabelExpr(AddrLabelExpr *) { return unsplittable(); }
  bool VisitSEHTryStmt(SEHTryStmt *) { return unsplittable(); }
  bool VisitCapturedStmt(CapturedStmt *) { return unsplittable(); }
  // A block inside an expression may sit inside a task start's arguments.
  bool VisitStmtExpr(StmtExpr *) { return unsplittable(); }

private:
  struct Level {
    Stmt *S;
    unsigned Reach;      ///< The lowest level something inside reaches out to.
    bool HasTransaction; ///< A transaction variable is declared at this level.
    bool IsRegion;       ///< Some transaction is analysed over this statement.
    unsigned Opened;     ///< Order of opening, to tell which regions nest.
  };
  struct Target {
    enum Kind { Loop, Switch } K;
    unsigned Level;
  };
  struct Region {
    Stmt *S;
    unsigned Opened;
  };

  unsigned depth() const { return Levels.size() - 1; }
  void reachOut(unsigned Level) { Levels.back().Reach = std::min(Levels.back().Reach, Level); }
  bool unsplittable() {
    Unsplittable = true;
    return true;
  }

  void close() {
    Level Closed = Levels.back();
    Levels.pop_back();
    unsigned Depth = Levels.size();
    reachOut(Closed.Reach);
    if (!Closed.HasTransaction && !Closed.IsRegion)
      return;
    // Whatever inside reaches out, after the region was chosen too (a
    // continue in a later handler), takes the region further out.
    if (Closed.Reach < Depth) {
      Levels[Closed.Reach].IsRegion = true;
      return;
    }
    // Regions found inside this one are analysed with it.
    while (!Finished.empty() && Finished.back().Opened > Closed.Opened)
      Finished.pop_back();
    Finished.push_back({Closed.S, Closed.Opened});
  }

  template <typename TraverseFn> bool withTarget(Target::Kind K, TraverseFn Traverse) {
    Targets.push_back({K, depth()});
    bool Result = Traverse();
    Targets.pop_back();
    return Result;
  }

  template <typename TraverseFn> bool initialising(VarDecl *V, TraverseFn Traverse) {
    Initialised.push_back(V);
    bool Result = Traverse();
    Initialised.pop_back();
    return Result;
  }

  /// A jump to the innermost target \p Accepts: the level of that loop or switch.
  template <typename AcceptFn> bool jumpTo(AcceptFn Accepts) {
    for (auto It = Targets.rbegin(); It != Targets.rend(); ++It)
      if (Accepts(It->K)) {
        reachOut(It->Level);
        return true;
      }
    return unsplittable(); // (ill-formed code)
  }

  /// A pool or task group that is not a local of this body: its joins may
  /// be anywhere in the body, so its tasks are analysed over the whole body.
  void checkShared(const Expr *E) {
    if (!Model.groupType(E->getType()))
      return;
    const auto *Var = dyn_cast_or_null<VarDecl>(receiverKey(E));
    if (!Var || !isAutomaticLocal(*Var))
      Unsplittable = true;
  }

  const LibraryModel &Model;
  Stmt *Body;
  CallbackLambdaMap &Lambdas;
  Summaries *Callees;
  std::vector<Level> Levels;
  std::vector<Target> Targets;
  std::vector<unsigned> Tries; ///< Levels of the open try statements.
  std::vector<const VarDecl *> Initialised;
  /// Per local: the lowest level its declaration or initialiser reaches.
  llvm::DenseMap<const Decl *, unsigned> Reach;
  std::vector<Region> Finished;
  unsigned Opened = 0;
  bool PairBegins = false;
  bool Unsplittable = false;
};

} // namespace

std::vector<Stmt *> planRegions(const LibraryModel &Model, Stmt *Body, bool IsCallback, bool Split,
                                CallbackLambdaMap &Lambdas, Summaries *Callees) {
  return Planner(Model, Body, Lambdas, Callees).plan(IsCallback, Split);
}

} // namespace txscope
