//===- PathQuery.cpp - Path questions about one task and one scope --------===//
#include "PathQuery.h"
#include <optional>

namespace txscope {

namespace {
/// One pending walk: a point and what the path has met so far.
struct Walk {
  EventGraph::Point At;
  BadPath Seen;
};

bool isEndOf(const Event &E, unsigned ScopeIndex) {
  return E.Kind == Event::TxEnd && E.Subject == ScopeIndex;
}

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
  G.walk(Begin, [&](const Event &E) {
    if (E.Kind == Event::TaskStart)
      Inside.set(E.Subject);
    return isEndOf(E, ScopeIndex) ? EventGraph::Step::StopPath : EventGraph::Step::Continue;
  });
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
  E.End = Kind == EventGraph::ExitKind::Throw               ? EndKind::Throw
          : Scope.Kind == TransactionScope::Callback ? EndKind::CallbackReturn
                                                     : EndKind::LeftOpen;
  Synthesised.push_back(E);
  return &Synthesised.back();
}

bool PathQuery::passes(const Event &E, BadPath &Seen) const {
  if (E.Subject != TaskIndex || E.Kind == Event::TxEnd || E.Kind == Event::TxBegin)
    return true;
  // Remember the first of each on this path, for the notes.
  auto Remember = [&E](const Event *&Slot) { Slot = Slot ? Slot : &E; };
  switch (E.Kind) {
  case Event::Join:
    return false;
  case Event::Detach:
    Remember(Seen.Detach);
    break;
  case Event::Escape:
    Remember(Seen.Escape);
    break;
  case Event::TimedWait:
    Remember(Seen.TimedWait);
    break;
  case Event::Dropped:
    Remember(Seen.Dropped);
    break;
  default:
    break;
  }
  return true;
}

bool PathQuery::unwindsToEnd(const Event &Call, const BadPath &Seen, BadPath &Bad) {
  const EventGraph::Unwinding &U = G.unwinding(Call.Subject);
  BadPath Path = Seen;
  // Nothing after the call runs: no later join to point at.
  Path.After = {G.exitBlock(), 0};
  for (const Event &E : U.Destroyed) {
    if (isEndOf(E, ScopeIndex)) {
      Path.End = &E;
      Bad = Path;
      return true;
    }
    if (!passes(E, Path))
      return false;
  }
  // A call pair or callback scope the exception leaves the function with is
  // left open (as by an explicit throw: exitEnd); an RAII one was destroyed
  // above if it is this function's.
  if (!U.LeavesFunction || Scope.Kind == TransactionScope::RAII)
    return false;
  Event End{Event::TxEnd, ScopeIndex, Call.Loc, EndKind::Throw};
  End.What = "call";
  Synthesised.push_back(End);
  Path.End = &Synthesised.back();
  Bad = Path;
  return true;
}

bool PathQuery::findBadPath(BadPath &Bad) {
  EventGraph::Point Start;
  if (!G.pointAfter(Event::TaskStart, TaskIndex, Start))
    return false;
  // Visited (block, state) pairs: a block is re-walked only with new facts.
  std::vector<unsigned char> Visited(G.numBlocks(), 0);
  std::deque<Walk> Work{{Start, BadPath()}};
  std::optional<BadPath> ThrowPath;
  while (!Work.empty() && G.spendStep()) {
    Walk W = Work.front();
    Work.pop_front();
    const std::vector<Event> &Events = G.events(W.At.Block);
    bool Stopped = false;
    for (unsigned I = W.At.Next; I < Events.size() && !Stopped; ++I) {
      const Event &E = Events[I];
      if (isEndOf(E, ScopeIndex)) {
        W.Seen.End = &E;
        W.Seen.After = {W.At.Block, I + 1};
        Bad = W.Seen;
        return true;
      }
      if (E.Kind == Event::Throws) {
        // Kept for when no path without an exception is bad: that one is
        // the better story (and the only one for a lazy task, which an
        // exception never runs).
        BadPath Unwound;
        if (!ThrowPath && unwindsToEnd(E, W.Seen, Unwound))
          ThrowPath = Unwound;
        continue;
      }
      Stopped = !passes(E, W.Seen);
    }
    if (Stopped)
      continue;
    unsigned SuccIndex = 0;
    for (const clang::CFGBlock::AdjacentBlock &Succ : G.block(W.At.Block).succs()) {
      const clang::CFGBlock *S = Succ.getReachableBlock();
      const std::vector<Event> *Edge = G.edgeEvents(W.At.Block, SuccIndex++);
      if (!S)
        continue;
      BadPath Seen = W.Seen;
      if (Edge && !llvm::all_of(*Edge, [&](const Event &E) { return passes(E, Seen); }))
        continue; // joined on this branch
      unsigned ID = S->getBlockID();
      if (ID == G.exitBlock()) {
        if (const Event *End = exitEnd(W.At.Block)) {
          Seen.End = End;
          Seen.After = {ID, 0};
          Bad = Seen;
          return true;
        }
        continue;
      }
      unsigned char Bit = 1u << stateBits(Seen);
      if (Visited[ID] & Bit)
        continue;
      Visited[ID] |= Bit;
      Work.push_back({{ID, 0}, Seen});
    }
  }
  if (ThrowPath)
    Bad = *ThrowPath;
  return ThrowPath.has_value();
}

const Event *PathQuery::joinBeforeEnd() const {
  EventGraph::Point Start;
  if (!G.pointAfter(Event::TaskStart, TaskIndex, Start))
    return nullptr;
  const Event *Found = nullptr;
  G.walk(Start, [&](const Event &E) {
    if (E.Kind == Event::Join && E.Subject == TaskIndex) {
      Found = &E;
      return EventGraph::Step::StopAll;
    }
    return isEndOf(E, ScopeIndex) ? EventGraph::Step::StopPath : EventGraph::Step::Continue;
  });
  return Found;
}

const Event *PathQuery::firstAfter(EventGraph::Point From, Event::EventKind Kind) const {
  if (!G.hasEvent(Kind, TaskIndex)) // most tasks have no late join: no walk
    return nullptr;
  const Event *Found = nullptr;
  G.walk(From, [&](const Event &E) {
    // Past a new begin of the scope (the next loop iteration), events belong
    // to another instance of the transaction and of the task.
    if (E.Kind == Event::TxBegin && E.Subject == ScopeIndex)
      return EventGraph::Step::StopPath;
    if (E.Subject != TaskIndex || E.Kind == Event::TxBegin || E.Kind == Event::TxEnd)
      return EventGraph::Step::Continue;
    if (E.Kind == Kind) {
      Found = &E;
      return EventGraph::Step::StopAll;
    }
    // Past the destruction of the task's handle nothing more happens to the
    // task: this keeps the walk within the handle's lifetime.
    return E.DestroyedVar ? EventGraph::Step::StopPath : EventGraph::Step::Continue;
  });
  return Found;
}

} // namespace txscope
