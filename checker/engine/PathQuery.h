//===- PathQuery.h - Path questions about one task and one scope -*- C++ -*-===//
#ifndef TXSCOPE_ENGINE_PATHQUERY_H
#define TXSCOPE_ENGINE_PATHQUERY_H

#include "EventGraph.h"
#include "llvm/ADT/BitVector.h"
#include <deque>

namespace txscope {

/// What one path from a task's start met before it reached an end event of
/// the transaction without passing a join.
struct BadPath {
  const Event *End = nullptr;
  EventGraph::Point After; ///< Just after the end event.
  const Event *Detach = nullptr;
  const Event *Escape = nullptr;
  const Event *TimedWait = nullptr;
  const Event *Dropped = nullptr;
};

/// Walks the event graph for one (task, transaction scope) pair.
class PathQuery {
public:
  PathQuery(const EventGraph &G, const TransactionScope &Scope, unsigned ScopeIndex,
            unsigned TaskIndex)
      : G(G), Scope(Scope), ScopeIndex(ScopeIndex), TaskIndex(TaskIndex) {}

  /// Tasks started while the scope is active on some path from its begin.
  static llvm::BitVector startedInside(const EventGraph &G, unsigned ScopeIndex,
                                       unsigned NumTasks);

  /// The first path (breadth first, so the nearest end) from the task's start
  /// that reaches an end of the scope without a join; false when every path
  /// joins first.
  bool findBadPath(BadPath &Bad);

  /// A join some path from the task's start reaches before the scope ends.
  const Event *joinBeforeEnd() const;

  /// The first event of \p Kind about the task reachable after \p From
  /// without beginning the scope anew.
  const Event *firstAfter(EventGraph::Point From, Event::EventKind Kind) const;

private:
  /// Notes in \p Seen what event \p E does to the task on a path from its
  /// start (other than ending the scope); false when it joins the task.
  bool passes(const Event &E, BadPath &Seen) const;
  /// Whether the call of the Throws event \p Call, throwing on the path
  /// that met \p Seen, ends the scope before the task is joined; fills
  /// \p Bad then.
  bool unwindsToEnd(const Event &Call, const BadPath &Seen, BadPath &Bad);
  /// The end event synthesised when a path leaves the function from \p Block
  /// with the scope still open; null when that is no end (a noreturn call).
  const Event *exitEnd(unsigned Block);

  const EventGraph &G;
  const TransactionScope &Scope;
  unsigned ScopeIndex;
  unsigned TaskIndex;
  std::deque<Event> Synthesised;
};

} // namespace txscope

#endif
