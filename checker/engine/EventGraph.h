//===- EventGraph.h - Events placed on the CFG of one body ------*- C++ -*-===//
//
// Builds the CFG (implicit and temporary destructors on) and attaches each
// event of FunctionFacts to the CFG element where it happens. The path
// questions of the analysis are walks over this graph.
//
//===----------------------------------------------------------------------===//
#ifndef TXSCOPE_ENGINE_EVENTGRAPH_H
#define TXSCOPE_ENGINE_EVENTGRAPH_H

#include "Facts.h"
#include "clang/AST/ParentMap.h"
#include "clang/Analysis/CFG.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/BitVector.h"
#include "llvm/ADT/DenseMap.h"
#include <deque>
#include <memory>

namespace txscope {

class EventGraph {
public:
  /// Null when no CFG can be built for \p Body (a function body or a region
  /// of one). \p PM is its parent map (the fact collector's: one is plenty
  /// of memory). The walks may enter \p StepBudget blocks in all.
  static std::unique_ptr<EventGraph> build(const clang::Decl &Fn, clang::Stmt *Body,
                                           clang::ASTContext &Ctx, const FunctionFacts &Facts,
                                           const clang::ParentMap &PM, uint64_t StepBudget);

  /// Counts one block visited by a walk against the budget; false once the
  /// budget is spent, and every walk then stops (the function is skipped).
  bool spendStep() const {
    if (StepsLeft == 0)
      return false;
    --StepsLeft;
    return true;
  }
  bool budgetSpent() const { return StepsLeft == 0; }
  uint64_t stepsLeft() const { return StepsLeft; }

  /// A point between two events: block, and how many of its events precede it.
  struct Point {
    unsigned Block;
    unsigned Next;
  };

  /// The point right after the event of \p Kind about \p Subject (a task
  /// start, a scope begin); false when no CFG block holds it.
  bool pointAfter(Event::EventKind Kind, unsigned Subject, Point &P) const;

  /// Whether any block holds an event of \p Kind about \p Subject.
  bool hasEvent(Event::EventKind Kind, unsigned Subject) const {
    return FirstPoint.count({unsigned(Kind), Subject});
  }

  const std::vector<Event> &events(unsigned Block) const { return Placed[Block]; }
  /// The events on the edge from \p Block to its successor number \p Succ
  /// (a branch of a condition: a tested timed wait's join); null if none.
  const std::vector<Event> *edgeEvents(unsigned Block, unsigned Succ) const {
    if (OnEdges.empty())
      return nullptr;
    auto It = OnEdges.find({Block, Succ});
    return It == OnEdges.end() ? nullptr : &It->second;
  }
  const clang::CFGBlock &block(unsigned ID) const { return *Blocks[ID]; }
  unsigned exitBlock() const { return Cfg->getExit().getBlockID(); }
  unsigned entryBlock() const { return Cfg->getEntry().getBlockID(); }
  unsigned numBlocks() const { return Blocks.size(); }

  /// What a walk does after visiting an event.
  enum class Step { Continue, StopPath, StopAll };

  /// Visits, breadth first, every event reachable from \p From, each block
  /// entered once; \p Visit decides per event whether the path goes on.
  template <typename VisitFn> void walk(Point From, VisitFn Visit) const {
    walk(From, Visit, [](unsigned) { return true; });
  }

  /// As above; \p OnEnter is told of each block entered and stops the walk
  /// by returning false.
  template <typename VisitFn, typename EnterFn>
  void walk(Point From, VisitFn Visit, EnterFn OnEnter) const {
    llvm::BitVector Entered(numBlocks());
    std::deque<Point> Work{From};
    while (!Work.empty() && spendStep()) {
      Point P = Work.front();
      Work.pop_front();
      const std::vector<Event> &Events = Placed[P.Block];
      Step S = Step::Continue;
      for (unsigned I = P.Next; I < Events.size() && S == Step::Continue; ++I)
        S = Visit(Events[I]);
      if (S == Step::StopAll)
        return;
      if (S == Step::StopPath)
        continue;
      unsigned SuccIndex = 0;
      for (const clang::CFGBlock::AdjacentBlock &Succ : Blocks[P.Block]->succs()) {
        const clang::CFGBlock *Next = Succ.getReachableBlock();
        if (!Next || Entered.test(Next->getBlockID())) {
          ++SuccIndex;
          continue;
        }
        S = Step::Continue;
        if (const std::vector<Event> *Edge = edgeEvents(P.Block, SuccIndex++))
          for (unsigned I = 0; I < Edge->size() && S == Step::Continue; ++I)
            S = Visit((*Edge)[I]);
        if (S == Step::StopAll)
          return;
        if (S == Step::StopPath)
          continue; // (the block may still be entered by another edge)
        Entered.set(Next->getBlockID());
        if (!OnEnter(Next->getBlockID()))
          return;
        Work.push_back({Next->getBlockID(), 0});
      }
    }
  }

  /// Whether \p A comes before \p B in the translation unit.
  bool isBefore(clang::SourceLocation A, clang::SourceLocation B) const {
    return SM->isBeforeInTranslationUnit(A, B);
  }

  /// Whether some path from \p From reaches the function's exit without an
  /// event for which \p Stops holds.
  template <typename StopFn> bool exitReachable(Point From, StopFn Stops) const {
    bool Reached = false;
    unsigned Exit = exitBlock();
    if (From.Block == Exit)
      return true;
    walk(From, [&](const Event &E) { return Stops(E) ? Step::StopPath : Step::Continue; },
         [&](unsigned Entered) {
           Reached |= Entered == Exit;
           return !Reached;
         });
    return Reached;
  }

  /// What happens if the call of a Throws event throws: the destructors it
  /// runs on the way out, and whether it then leaves the function.
  struct Unwinding {
    std::vector<Event> Destroyed;
    bool LeavesFunction;
  };
  const Unwinding &unwinding(unsigned Index) const { return Unwinds[Index]; }

  /// How a path leaves the function from \p Block into the exit block.
  enum class ExitKind { Normal, Throw, NoReturn };
  ExitKind exitKind(unsigned Block, clang::SourceLocation &Loc) const;

private:
  /// Puts the branch events of \p Facts on the edges out of the blocks whose
  /// condition they are about.
  static void placeBranchEvents(EventGraph &G, const FunctionFacts &Facts);

  std::unique_ptr<clang::CFG> Cfg;
  std::vector<const clang::CFGBlock *> Blocks;
  std::vector<std::vector<Event>> Placed;
  std::deque<Unwinding> Unwinds;
  /// (block, successor number) -> the events on that edge.
  llvm::DenseMap<std::pair<unsigned, unsigned>, std::vector<Event>> OnEdges;
  /// (kind, subject) -> the point after its first event (lowest block).
  llvm::DenseMap<std::pair<unsigned, unsigned>, Point> FirstPoint;
  clang::SourceLocation BodyEnd;
  const clang::SourceManager *SM = nullptr;
  mutable uint64_t StepsLeft = 0;
};

} // namespace txscope

#endif
