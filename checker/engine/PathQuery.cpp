//===- PathQuery.cpp - Path questions about one task and one scope --------===//
#include "PathQuery.h"

namespace txscope {

namespace {
/// One pending walk: a point and what the path has met so far.
struct Walk {
  EventGraph::Point At;
  BadPath Seen;
};

/// Bits of BadPath that distinguish states for visiting blocks.
unsigned stateBits(const BadPath &P) {
  return (P.Detach ? 1 : 0) | (P.Escape ? 2 : 0) | (P.TimedWait ? 4 : 0);
}
} // namespace

llvm::BitVector PathQuery::startedInside(const EventGraph &G, unsigned ScopeIndex,
                                         unsigned NumTasks) {
  llvm::BitVector Inside(NumTasks);
  EventGraph::Point Begin;
  if (!G.pointAfter(Event::TxBegin, ScopeIndex, Begin))
    return Inside;
  llvm::BitVector Visited(G.numBlocks());
  std::vector<EventGraph::Point> Work{Begin};
  while (!Work.empty()) {
    EventGraph::Point P = Work.back();
    Work.pop_back();
    const std::vector<Event> &Events = G.events(P.Block);
    bool Ended = false;
    for (unsigned I = P.Next; I < Events.size() && !Ended; ++I) {
      const Event &E = Events[I];
      if (E.Kind == Event::TaskStart)
        Inside.set(E.Subject);
      Ended = E.Kind == Event::TxEnd && E.Subject == ScopeIndex;
    }
    if (Ended)
      continue;
    for (const clang::CFGBlock::AdjacentBlock &Succ : G.block(P.Block).succs())
      if (const clang::CFGBlock *S = Succ.getReachableBlock())
        if (!Visited.test(S->getBlockID())) {
          Visited.set(S->getBlockID());
          Work.push_back({S->getBlockID(), 0});
        }
  }
  return Inside;
}

const Event *PathQuery::exitEnd(unsigned Block) {
  clang::SourceLocation Loc;
  EventGraph::ExitKind Kind = G.exitKind(Block, Loc);
  if (Kind == EventGraph::ExitKind::NoReturn)
    return nullptr;
  // An RAII scope that reaches the exit normally was destroyed on the way.
  if (Kind == EventGraph::ExitKind::Normal && Scope.Kind == TransactionScope::RAII)
    return nullptr;
  Event E{Event::TxEnd, ScopeIndex, Loc};
  E.End = Kind == EventGraph::ExitKind::Throw ? EndKind::Throw : EndKind::LeftOpen;
  Synthesised.push_back(E);
  return &Synthesised.back();
}

bool PathQuery::findBadPath(BadPath &Bad, const Event *&SomeJoin) {
  SomeJoin = nullptr;
  EventGraph::Point Start;
  if (!G.pointAfter(Event::TaskStart, TaskIndex, Start))
    return false;
  // Visited (block, state) pairs: a block is re-walked only with new facts.
  std::vector<unsigned char> Visited(G.numBlocks(), 0);
  std::deque<Walk> Work{{Start, BadPath()}};
  while (!Work.empty()) {
    Walk W = Work.front();
    Work.pop_front();
    const std::vector<Event> &Events = G.events(W.At.Block);
    bool Stopped = false;
    for (unsigned I = W.At.Next; I < Events.size() && !Stopped; ++I) {
      const Event &E = Events[I];
      if (E.Kind == Event::TxEnd && E.Subject == ScopeIndex) {
        W.Seen.End = &E;
        W.Seen.After = {W.At.Block, I + 1};
        Bad = W.Seen;
        return true;
      }
      if (E.Subject != TaskIndex || E.Kind == Event::TxEnd || E.Kind == Event::TxBegin)
        continue;
      switch (E.Kind) {
      case Event::Join:
        if (!SomeJoin)
          SomeJoin = &E;
        Stopped = true;
        break;
      case Event::Detach:
        W.Seen.Detach = W.Seen.Detach ? W.Seen.Detach : &E;
        break;
      case Event::Escape:
        W.Seen.Escape = W.Seen.Escape ? W.Seen.Escape : &E;
        break;
      case Event::TimedWait:
        W.Seen.TimedWait = W.Seen.TimedWait ? W.Seen.TimedWait : &E;
        break;
      case Event::Dropped:
        W.Seen.Dropped = W.Seen.Dropped ? W.Seen.Dropped : &E;
        break;
      default:
        break;
      }
    }
    if (Stopped)
      continue;
    for (const clang::CFGBlock::AdjacentBlock &Succ : G.block(W.At.Block).succs()) {
      const clang::CFGBlock *S = Succ.getReachableBlock();
      if (!S)
        continue;
      unsigned ID = S->getBlockID();
      if (ID == G.exitBlock()) {
        if (const Event *End = exitEnd(W.At.Block)) {
          W.Seen.End = End;
          W.Seen.After = {ID, 0};
          Bad = W.Seen;
          return true;
        }
        continue;
      }
      unsigned char Bit = 1u << stateBits(W.Seen);
      if (Visited[ID] & Bit)
        continue;
      Visited[ID] |= Bit;
      Work.push_back({{ID, 0}, W.Seen});
    }
  }
  return false;
}

const Event *PathQuery::joinAfter(EventGraph::Point From) const {
  llvm::BitVector Visited(G.numBlocks());
  std::deque<EventGraph::Point> Work{From};
  while (!Work.empty()) {
    EventGraph::Point P = Work.front();
    Work.pop_front();
    const std::vector<Event> &Events = G.events(P.Block);
    for (unsigned I = P.Next; I < Events.size(); ++I)
      if (Events[I].Kind == Event::Join && Events[I].Subject == TaskIndex)
        return &Events[I];
    for (const clang::CFGBlock::AdjacentBlock &Succ : G.block(P.Block).succs())
      if (const clang::CFGBlock *S = Succ.getReachableBlock())
        if (!Visited.test(S->getBlockID())) {
          Visited.set(S->getBlockID());
          Work.push_back({S->getBlockID(), 0});
        }
  }
  return nullptr;
}

} // namespace txscope
