//===- EventGraph.cpp - Events placed on the CFG of one body --------------===//
#include "EventGraph.h"
#include "AstUtil.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMap.h"
#include "clang/AST/StmtCXX.h"
#include <algorithm>

using namespace clang;

namespace txscope {

/// The location and wording of the statement that runs a destructor.
static void describeTrigger(const Stmt *Trigger, Event &E) {
  if (!Trigger)
    return;
  if (const auto *Compound = dyn_cast<CompoundStmt>(Trigger)) {
    E.Loc = Compound->getRBracLoc();
    E.End = EndKind::ScopeExit;
    return;
  }
  E.Loc = Trigger->getBeginLoc();
  const char *Jump = isa<ReturnStmt>(Trigger)     ? "return"
                     : isa<BreakStmt>(Trigger)    ? "break"
                     : isa<ContinueStmt>(Trigger) ? "continue"
                     : isa<GotoStmt>(Trigger)     ? "goto"
                     : isa<CoreturnStmt>(Trigger) ? "co_return"
                                                  : nullptr;
  if (Jump) {
    E.End = EndKind::Jump;
    E.What = Jump;
  } else {
    E.End = EndKind::ScopeExit;
    E.Loc = Trigger->getEndLoc();
  }
}

/// Whether \p S contains a goto (direct or computed). A lambda's body is its
/// own function, with a CFG of its own: its gotos are not this body's (and a
/// region must not answer differently from the whole body around it).
static bool containsGoto(const Stmt *S) {
  if (!S)
    return false;
  if (isa<GotoStmt>(S) || isa<IndirectGotoStmt>(S))
    return true;
  if (const auto *Lambda = dyn_cast<LambdaExpr>(S)) {
    for (const Expr *Init : Lambda->capture_inits())
      if (containsGoto(Init))
        return true;
    return false;
  }
  for (const Stmt *Child : S->children())
    if (containsGoto(Child))
      return true;
  return false;
}

/// The locals an exception thrown at \p From destroys before a handler of
/// this body receives it (\p Caught), or before it leaves \p Body, in the
/// order they are destroyed (innermost scope first, each scope's locals in
/// reverse order of declaration). The CFG has no destructors on the edge
/// from a throw to its handlers; these stand for them.
static std::vector<const VarDecl *> unwoundLocals(const Stmt &From, const Stmt *Body,
                                                  const ParentMap &PM, bool &Caught) {
  std::vector<const VarDecl *> Unwound;
  Caught = false;
  const Stmt *Child = &From;
  for (const Stmt *Parent = PM.getParent(Child); Parent && Child != Body;
       Child = Parent, Parent = PM.getParent(Parent)) {
    if (const auto *Try = dyn_cast<CXXTryStmt>(Parent))
      if (Try->getTryBlock() == Child) {
        Caught = true;
        return Unwound;
      }
    const auto *Scope = dyn_cast<CompoundStmt>(Parent);
    if (!Scope)
      continue;
    std::vector<const VarDecl *> Declared;
    for (const Stmt *S : Scope->body()) {
      if (S == Child)
        break;
      if (const auto *DS = dyn_cast<DeclStmt>(S))
        for (const Decl *D : DS->decls())
          if (const auto *Var = dyn_cast<VarDecl>(D))
            Declared.push_back(Var);
    }
    Unwound.insert(Unwound.end(), Declared.rbegin(), Declared.rend());
  }
  return Unwound;
}

/// The destructor events of \p Locals, as run by an exception at \p Loc.
static std::vector<Event> unwindingEvents(llvm::ArrayRef<const VarDecl *> Locals,
                                          const FunctionFacts &Facts, SourceLocation Loc,
                                          const char *What) {
  std::vector<Event> Events;
  for (const VarDecl *Var : Locals) {
    auto It = Facts.DtorEvents.find(Var);
    if (It == Facts.DtorEvents.end())
      continue;
    for (Event E : It->second) {
      E.Loc = Loc;
      E.End = EndKind::Throw;
      E.What = What;
      Events.push_back(std::move(E));
    }
  }
  return Events;
}

/// Whether a call to \p Call may throw, as far as its type says.
static bool mayThrow(const CallExpr &Call) {
  const FunctionDecl *Callee = Call.getDirectCallee();
  const auto *Proto = Callee ? Callee->getType()->getAs<FunctionProtoType>() : nullptr;
  return !Proto || !Proto->isNothrow();
}

/// Whether \p Terminator branches on a condition: successor 0 is taken when
/// it holds, successor 1 when not.
static bool isTwoWayBranch(const Stmt *Terminator) {
  if (!Terminator)
    return false;
  if (const auto *Op = dyn_cast<BinaryOperator>(Terminator))
    return Op->isLogicalOp();
  return isa<IfStmt>(Terminator) || isa<WhileStmt>(Terminator) || isa<DoStmt>(Terminator) ||
         isa<ForStmt>(Terminator) || isa<AbstractConditionalOperator>(Terminator);
}

void EventGraph::placeBranchEvents(EventGraph &G, const FunctionFacts &Facts) {
  if (Facts.BranchEvents.empty())
    return;
  for (const CFGBlock *Block : G.Blocks) {
    if (!Block || Block->succ_size() != 2 || !isTwoWayBranch(Block->getTerminatorStmt()))
      continue;
    // The condition is the last expression the block evaluates
    // (CFGBlock::getLastCondition, which is not const-correct before LLVM 15).
    const Stmt *Condition = nullptr;
    for (auto It = Block->rbegin(); !Condition && It != Block->rend(); ++It)
      if (auto S = It->getAs<CFGStmt>())
        Condition = S->getStmt();
      else
        break; // a destructor after the condition: not a plain branch
    auto Found = Condition ? Facts.BranchEvents.find(Condition) : Facts.BranchEvents.end();
    if (Found == Facts.BranchEvents.end())
      continue;
    for (const FunctionFacts::BranchEvent &B : Found->second)
      G.OnEdges[{Block->getBlockID(), B.OnTrue ? 0u : 1u}].push_back(B.E);
  }
}

std::unique_ptr<EventGraph> EventGraph::build(const Decl &Fn, Stmt *Body, ASTContext &Ctx,
                                              const FunctionFacts &Facts, const ParentMap &PM,
                                              uint64_t StepBudget) {
  // A goto into the scope of a variable with a destructor is an error Sema
  // reports without marking the function invalid, and the CFG builder then
  // dereferences null (found by fuzz/engine_fuzzer.cpp). Clang itself builds
  // no CFG after such errors; we skip only bodies with a goto.
  if (Ctx.getDiagnostics().hasUncompilableErrorOccurred() && containsGoto(Body))
    return nullptr;
  CFG::BuildOptions Options;
  Options.AddImplicitDtors = true;
  Options.AddTemporaryDtors = true;
  // Not every sub-expression as an element (setAllAlwaysAdd): statements the
  // CFG lists anyway, plus calls. Anchors it does not list are placed with
  // their nearest listed ancestor; this keeps the CFG of long bodies small.
  Options.setAlwaysAdd(Stmt::CallExprClass);
  std::unique_ptr<CFG> Cfg = CFG::buildCFG(&Fn, Body, &Ctx, Options);
  if (!Cfg)
    return nullptr;
  auto G = std::unique_ptr<EventGraph>(new EventGraph);
  G->BodyEnd = Body->getEndLoc();
  G->SM = &Ctx.getSourceManager();
  G->StepsLeft = StepBudget;
  unsigned NumBlocks = Cfg->getNumBlockIDs();
  G->Blocks.assign(NumBlocks, nullptr);
  G->Placed.resize(NumBlocks);

  // Every event with the block and element index where it happens.
  struct Placement {
    unsigned Element;
    Event E;
  };
  std::vector<std::vector<Placement>> ByBlock(NumBlocks);
  // Calls that may throw (StrictMode): block, element, unwinding, location.
  struct ThrowingCall {
    unsigned Block, Element, Unwinding;
    SourceLocation Loc;
  };
  std::vector<ThrowingCall> MayThrow;
  llvm::DenseMap<const Stmt *, std::pair<unsigned, unsigned>> ElementOf;
  for (const CFGBlock *Block : *Cfg) {
    if (!Block)
      continue;
    unsigned ID = Block->getBlockID();
    G->Blocks[ID] = Block;
    unsigned Index = 0;
    for (const CFGElement &Element : *Block) {
      if (auto S = Element.getAs<CFGStmt>()) {
        ElementOf.try_emplace(S->getStmt(), ID, Index);
        bool Caught = false;
        if (const auto *Throw = dyn_cast<CXXThrowExpr>(S->getStmt())) {
          // Caught here: the edge to the handler runs these destructors.
          // (Uncaught, the exit is an end of its own: PathQuery::exitEnd.)
          std::vector<const VarDecl *> Locals = unwoundLocals(*Throw, Body, PM, Caught);
          if (Caught)
            for (Event &E : unwindingEvents(Locals, Facts, Throw->getBeginLoc(), ""))
              ByBlock[ID].push_back({Index, std::move(E)});
        } else if (const auto *Call = dyn_cast<CallExpr>(S->getStmt());
                   Call && Facts.CallsMayThrow && mayThrow(*Call)) {
          std::vector<const VarDecl *> Locals = unwoundLocals(*Call, Body, PM, Caught);
          G->Unwinds.push_back({unwindingEvents(Locals, Facts, diagLoc(*Call), "call"), !Caught});
          MayThrow.push_back({ID, Index, unsigned(G->Unwinds.size() - 1), diagLoc(*Call)});
        }
      } else if (auto Dtor = Element.getAs<CFGAutomaticObjDtor>()) {
        auto It = Facts.DtorEvents.find(Dtor->getVarDecl());
        if (It != Facts.DtorEvents.end())
          for (Event E : It->second) {
            describeTrigger(Dtor->getTriggerStmt(), E);
            ByBlock[ID].push_back({Index, std::move(E)});
          }
      }
      ++Index;
    }
  }
  // An anchor the CFG does not list itself happens with its nearest listed
  // ancestor (as in clang-tidy's ExprSequence).
  for (const auto &Entry : Facts.StmtEvents) {
    const Stmt *S = Entry.first;
    auto It = ElementOf.find(S);
    while (It == ElementOf.end() && (S = PM.getParent(S)))
      It = ElementOf.find(S);
    if (It == ElementOf.end())
      continue;
    for (const Event &E : Entry.second)
      ByBlock[It->second.first].push_back({It->second.second, E});
  }
  // A call that may throw does so before it does anything else: before it
  // starts a task (no task then) and instead of joining one (a join that
  // throws, like future::get rethrowing the task's exception, has waited).
  for (const ThrowingCall &C : MayThrow) {
    std::vector<Placement> &List = ByBlock[C.Block];
    bool Joins = llvm::any_of(List, [&](const Placement &P) {
      return P.Element == C.Element && P.E.Kind == Event::Join;
    });
    if (!Joins)
      List.insert(List.begin(), {C.Element, Event{Event::Throws, C.Unwinding, C.Loc}});
  }
  placeBranchEvents(*G, Facts);
  // A callback's transaction begins on entry.
  G->Placed[Cfg->getEntry().getBlockID()] = Facts.EntryEvents;
  for (unsigned ID = 0; ID < NumBlocks; ++ID) {
    std::vector<Placement> &List = ByBlock[ID];
    // Events of one element keep their order (a start precedes its detach).
    std::stable_sort(List.begin(), List.end(), [](const Placement &A, const Placement &B) {
      return A.Element < B.Element;
    });
    G->Placed[ID].reserve(G->Placed[ID].size() + List.size());
    for (Placement &P : List)
      G->Placed[ID].push_back(std::move(P.E));
    std::vector<Placement>().swap(List); // Freed now: long bodies hold many.
  }
  for (unsigned ID = 0; ID < NumBlocks; ++ID)
    for (unsigned I = 0; I < G->Placed[ID].size(); ++I) {
      const Event &E = G->Placed[ID][I];
      G->FirstPoint.try_emplace({unsigned(E.Kind), E.Subject}, Point{ID, I + 1});
    }
  for (const auto &Edge : G->OnEdges) {
    const CFGBlock *To =
        G->Blocks[Edge.first.first]->succs().begin()[Edge.first.second].getReachableBlock();
    for (const Event &E : Edge.second)
      if (To)
      G->FirstPoint.try_emplace({unsigned(E.Kind), E.Subject}, Point{To->getBlockID(), 0});
  }
  G->Cfg = std::move(Cfg);
  return G;
}

bool EventGraph::pointAfter(Event::EventKind Kind, unsigned Subject, Point &P) const {
  auto It = FirstPoint.find({unsigned(Kind), Subject});
  if (It == FirstPoint.end())
    return false;
  P = It->second;
  return true;
}

EventGraph::ExitKind EventGraph::exitKind(unsigned BlockID, SourceLocation &Loc) const {
  const CFGBlock &B = *Blocks[BlockID];
  Loc = BodyEnd;
  const Stmt *Last = B.getTerminatorStmt();
  for (auto It = B.rbegin(); !Last && It != B.rend(); ++It)
    if (auto S = It->getAs<CFGStmt>())
      Last = S->getStmt();
  if (!Last)
    return ExitKind::Normal;
  if (isa<CXXThrowExpr>(Last)) {
    Loc = Last->getBeginLoc();
    return ExitKind::Throw;
  }
  if (const auto *Call = dyn_cast<CallExpr>(Last))
    if (const FunctionDecl *Callee = Call->getDirectCallee())
      if (Callee->isNoReturn())
        return ExitKind::NoReturn;
  if (isa<ReturnStmt>(Last) || isa<CoreturnStmt>(Last))
    Loc = Last->getBeginLoc();
  return ExitKind::Normal;
}

} // namespace txscope
