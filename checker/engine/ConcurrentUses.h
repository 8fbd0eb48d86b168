//===- ConcurrentUses.h - SPEC §2b over one body's event graph --*- C++ -*-===//
//
// txscope-concurrent-transaction-use: from each task's start, the paths
// that have not yet joined it; on them, a second task using what it uses (or
// the same start again, one loop iteration later), or the starting code
// using it itself. And, whatever the paths, a thread-bound connection used
// by a task that runs on another thread.
//
//===----------------------------------------------------------------------===//
#ifndef TXSCOPE_ENGINE_CONCURRENTUSES_H
#define TXSCOPE_ENGINE_CONCURRENTUSES_H

#include "EventGraph.h"
#include "Finding.h"

namespace txscope {

class FactCollector;

/// Adds the findings of the concurrent-use check about the body of \p G.
void findConcurrentUses(const EventGraph &G, const FunctionFacts &Facts, FactCollector &Collector,
                        std::vector<Finding> &Out);

} // namespace txscope

#endif
