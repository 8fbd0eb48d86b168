//===- ConcurrentUses.cpp - SPEC §2b over one body's event graph ----------===//
#include "ConcurrentUses.h"
#include "FactCollector.h"
#include "llvm/ADT/BitVector.h"
#include "llvm/ADT/DenseSet.h"
#include <deque>
#include <map>

namespace txscope {

namespace {

/// A pair of uses by two executions that may happen at the same time.
struct Clash {
  const SharedUse *Mine = nullptr;   ///< by the later execution
  const SharedUse *Theirs = nullptr; ///< by the pending task
  explicit operator bool() const { return Mine != nullptr; }
};

class ConcurrencySearch {
public:
  ConcurrencySearch(const EventGraph &G, const FunctionFacts &Facts, FactCollector &Collector,
                    std::vector<Finding> &Out)
      : G(G), Facts(Facts), Collector(Collector), Out(Out) {}

  void run() {
    for (unsigned T = 0; T < Facts.Tasks.size(); ++T) {
      if (runsElsewhere(Facts.Tasks[T]) || Facts.Tasks[T].Parallel)
        reportThreadAffinity(T);
      if (Facts.Tasks[T].Parallel && !Facts.Tasks[T].Untracked)
        if (Clash C = clash(Facts.Tasks[T].Shared, Facts.Tasks[T].Shared))
          reportParallelRuns(T, C);
    }
    searchPending();
  }

private:
  /// A task that runs concurrently with its starter (deferred and lazy
  /// tasks run in the thread that joins or awaits them).
  static bool runsElsewhere(const Task &T) {
    return !T.Shared.empty() && !T.runsAtJoin() && !T.Untracked && !T.JoinedAtStart;
  }
  static bool usesForbidden(const Task &T) {
    return llvm::any_of(T.Shared, [](const SharedUse &U) { return U.Mode == ConcurrentUse::Forbidden; });
  }

  /// A use by the later execution and one by the pending task of the same
  /// object, both forbidding concurrent use and not both under one mutex.
  Clash clash(llvm::ArrayRef<SharedUse> Later, llvm::ArrayRef<SharedUse> Pending) {
    for (const SharedUse &Mine : Later) {
      if (Mine.Mode != ConcurrentUse::Forbidden)
        continue;
      for (const SharedUse &Theirs : Pending)
        if (Theirs.Mode == ConcurrentUse::Forbidden && !Mine.Locks.overlapsAny(Theirs.Locks) &&
            Collector.sameResource(Mine.Where, Theirs.Where))
          return {&Mine, &Theirs};
    }
    return {};
  }

  /// The tasks that may still be pending, block by block: a forward
  /// may-analysis (a start adds its task, a join removes it, sets meet by
  /// union), so each block is revisited only when its pending set grows. At
  /// each start and each use of the starter, the pending tasks it may clash
  /// with are looked up by what they use (Candidates), then compared.
  /// Reports made before the fixed point stay true: the sets only grow.
  void searchPending() {
    std::vector<unsigned> Eligible;
    Local.assign(Facts.Tasks.size(), ~0u);
    for (unsigned T = 0; T < Facts.Tasks.size(); ++T)
      if (runsElsewhere(Facts.Tasks[T]) && usesForbidden(Facts.Tasks[T])) {
        Local[T] = Eligible.size();
        Eligible.push_back(T);
      }
    if (Eligible.empty())
      return;
    Global = Eligible;
    for (unsigned L = 0; L < Eligible.size(); ++L)
      for (const SharedUse &U : Facts.Tasks[Eligible[L]].Shared)
        if (U.Mode == ConcurrentUse::Forbidden)
          forEachSource(U.Where, [&](const Place &P) { bucket(P, Eligible.size()).set(L); });
    StarterReported.resize(Eligible.size());
    std::vector<llvm::BitVector> In(G.numBlocks(), llvm::BitVector(Eligible.size()));
    std::vector<bool> Seen(G.numBlocks(), false);
    std::deque<unsigned> Work{G.entryBlock()};
    Seen[G.entryBlock()] = true;
    while (!Work.empty() && G.spendStep()) {
      unsigned B = Work.front();
      Work.pop_front();
      llvm::BitVector Pending = In[B];
      if (!transfer(B, Pending))
        continue; // the program terminates in this block
      unsigned SuccIndex = 0;
      for (const clang::CFGBlock::AdjacentBlock &Succ : G.block(B).succs()) {
        const clang::CFGBlock *Next = Succ.getReachableBlock();
        const std::vector<Event> *Edge = G.edgeEvents(B, SuccIndex++);
        if (!Next)
          continue;
        unsigned ID = Next->getBlockID();
        llvm::BitVector Grown = In[ID];
        if (Edge) {
          // A tested timed wait: joined on this branch only.
          llvm::BitVector OnBranch = Pending;
          for (const Event &E : *Edge)
            if (E.Kind == Event::Join && E.Subject < Local.size() && Local[E.Subject] != ~0u)
              OnBranch.reset(Local[E.Subject]);
          Grown |= OnBranch;
        } else {
          Grown |= Pending;
        }
        if (Seen[ID] && Grown == In[ID])
          continue;
        In[ID] = std::move(Grown);
        Seen[ID] = true;
        Work.push_back(ID);
      }
    }
  }

  /// Applies block \p B's events to \p Pending; false when no path leaves it.
  bool transfer(unsigned B, llvm::BitVector &Pending) {
    const std::vector<Event> &Events = G.events(B);
    for (unsigned I = 0; I < Events.size(); ++I) {
      const Event &E = Events[I];
      unsigned L = E.Kind == Event::Use || E.Subject >= Local.size() ? ~0u : Local[E.Subject];
      if (E.Kind == Event::Use) {
        const SharedUse &Use = Facts.StarterUses[E.Subject];
        llvm::BitVector Unreported = candidates(Use.Where, Pending);
        Unreported.reset(StarterReported); // (a task's first clashing use is enough)
        for (unsigned P : Unreported.set_bits())
          if (Clash C = clash(llvm::ArrayRef<SharedUse>(Use), Facts.Tasks[Global[P]].Shared)) {
            StarterReported.set(P);
            reportStarterUse(Use, Global[P], C, {B, I + 1});
            break;
          }
        continue;
      }
      if (E.Kind == Event::TaskStart && L != ~0u) {
        const Task &Later = Facts.Tasks[E.Subject];
        llvm::BitVector Candidates(Pending.size());
        for (const SharedUse &U : Later.Shared)
          if (U.Mode == ConcurrentUse::Forbidden)
            Candidates |= candidates(U.Where, Pending);
        for (unsigned P : Candidates.set_bits()) {
          const Task &Earlier = Facts.Tasks[Global[P]];
          if (llvm::is_contained(Later.RunsAfter, Global[P]) ||
              (Later.Strand && Earlier.Strand && Later.Strand->overlaps(*Earlier.Strand)))
            continue; // runs after it, or on the same strand
          if (Clash C = clash(Later.Shared, Facts.Tasks[Global[P]].Shared)) {
            reportTasks(E.Subject, Global[P], C);
            break;
          }
        }
        Pending.set(L);
      } else if (L != ~0u && E.Kind == Event::Join) {
        Pending.reset(L);
      } else if (L != ~0u && E.Kind == Event::Dropped &&
                 Facts.Tasks[E.Subject].HandleDestructor == DestructorKind::TerminateIfJoinable) {
        return false; // a joinable std::thread destroyed: std::terminate
      }
    }
    return true;
  }

  /// Calls \p Visit with \p P and the places the local it names was
  /// obtained from (no set is built: this runs at every event visited).
  template <typename VisitFn> void forEachSource(const Place &P, VisitFn Visit) {
    Visit(P);
    for (const Place &Q : Collector.sourcesOfPlace(P))
      Visit(Q);
  }

  /// Places that can overlap share a bucket: the same root, and for
  /// `this` the same first member.
  static std::pair<const void *, llvm::StringRef> bucketKey(const Place &P) {
    return {P.Root, P.isThis() && !P.Fields.empty() ? P.Fields.front() : llvm::StringRef()};
  }
  llvm::BitVector &bucket(const Place &P, unsigned Size) {
    llvm::BitVector &Bits = Buckets[bucketKey(P)];
    if (Bits.size() != Size)
      Bits.resize(Size);
    return Bits;
  }

  /// The pending tasks that use something \p P may be.
  llvm::BitVector candidates(const Place &P, const llvm::BitVector &Pending) {
    llvm::BitVector Out(Pending.size());
    forEachSource(P, [&](const Place &Q) {
      auto It = Buckets.find(bucketKey(Q));
      if (It != Buckets.end())
        Out |= It->second;
    });
    Out &= Pending;
    return Out;
  }

  /// The first join of task \p T reachable from \p From (the clashing use
  /// or start: a join on another branch, like a tested timed wait's ready
  /// branch, is not one that comes too late), for a note.
  const Event *laterJoin(unsigned T, EventGraph::Point From) const {
    if (!G.hasEvent(Event::Join, T))
      return nullptr;
    const Event *Found = nullptr;
    G.walk(From, [&](const Event &E) {
      if (E.Subject != T || E.Kind != Event::Join)
        return EventGraph::Step::Continue;
      Found = &E;
      return EventGraph::Step::StopAll;
    });
    return Found;
  }

  bool firstAt(clang::SourceLocation Loc) { return Reported.insert(Loc.getRawEncoding()).second; }

  Finding finding(FindingKind Kind, clang::SourceLocation Loc, std::string Message) {
    Finding F;
    F.Kind = Kind;
    F.Check = CheckId::ConcurrentTransactionUse;
    F.OncePerLocation = true;
    F.Loc = Loc;
    F.Message = std::move(Message);
    return F;
  }

  void reportTasks(unsigned Later, unsigned Earlier, const Clash &C) {
    const Task &Second = Facts.Tasks[Later];
    if (!firstAt(Second.Loc))
      return;
    EventGraph::Point AfterSecond;
    const Event *Join = G.pointAfter(Event::TaskStart, Later, AfterSecond)
                            ? laterJoin(Earlier, AfterSecond)
                            : nullptr;
    Finding F;
    if (Later == Earlier) {
      F = finding(FindingKind::TasksRunAtOnce, Second.Loc,
                  "task started here in a loop may use " + C.Mine->Name +
                      " at the same time as the task started by an earlier iteration");
      if (Join)
        F.Notes.push_back({Join->Loc, "the tasks are joined only here, after the loop"});
    } else {
      F = finding(FindingKind::TasksRunAtOnce, Second.Loc,
                  "task started here may use " + C.Mine->Name +
                      " at the same time as another task using it");
      F.Notes.push_back({Facts.Tasks[Earlier].Loc, "the other task is started here and may still be running"});
      if (Join)
        F.Notes.push_back({Join->Loc, "that task is joined only here"});
    }
    addUseNotes(F, C);
    Out.push_back(std::move(F));
  }

  /// The runs of one parallel algorithm's callable use it at once.
  void reportParallelRuns(unsigned T, const Clash &C) {
    const Task &Started = Facts.Tasks[T];
    if (!firstAt(Started.Loc))
      return;
    Finding F = finding(FindingKind::TasksRunAtOnce, Started.Loc,
                        "parallel algorithm started here runs its callable on several threads at "
                        "once; each run may use " + C.Mine->Name + " at the same time as another");
    addUseNotes(F, C);
    Out.push_back(std::move(F));
  }

  bool reportStarterUse(const SharedUse &Use, unsigned T, const Clash &C, EventGraph::Point AfterUse) {
    if (!firstAt(Use.Loc))
      return false;
    Finding F = finding(FindingKind::UsedWhileTaskRuns, Use.Loc,
                        Use.Name + " is used here while a task using it may still be running");
    F.Notes.push_back({Facts.Tasks[T].Loc, "the task using " + C.Theirs->Name + " is started here"});
    if (const Event *Join = laterJoin(T, AfterUse))
      F.Notes.push_back({Join->Loc, "the task is joined only here"});
    Out.push_back(std::move(F));
    return true;
  }

  /// Where each task uses it, when that is not the start itself.
  void addUseNotes(Finding &F, const Clash &C) const {
    if (C.Mine->Loc != F.Loc)
      F.Notes.push_back({C.Mine->Loc, C.Mine->Name + " is used here by the task"});
  }

  void reportThreadAffinity(unsigned T) {
    const Task &Started = Facts.Tasks[T];
    auto Bound = llvm::find_if(Started.Shared, [](const SharedUse &U) {
      return U.Mode == ConcurrentUse::ThreadBound;
    });
    if (Bound == Started.Shared.end() || !firstAt(Started.Loc))
      return;
    Finding F = finding(FindingKind::UsedOnAnotherThread, Started.Loc,
                        "task started here uses " + Bound->Name + " on another thread, but " +
                            Bound->Name + " may be used only on the thread that created it");
    F.Notes.push_back({Bound->Loc, Bound->Name + " is used here, inside the task"});
    Out.push_back(std::move(F));
  }

  const EventGraph &G;
  const FunctionFacts &Facts;
  FactCollector &Collector;
  std::vector<Finding> &Out;
  llvm::DenseSet<unsigned> Reported; ///< Warning locations already used.
  /// The tasks the search follows (a start elsewhere, a forbidden use),
  /// numbered from 0 (Local: task index -> that number, or ~0u; Global: back).
  std::vector<unsigned> Local, Global;
  /// Per bucket of places (bucketKey), the tasks using one of them.
  std::map<std::pair<const void *, llvm::StringRef>, llvm::BitVector> Buckets;
  llvm::BitVector StarterReported;
};

} // namespace

void findConcurrentUses(const EventGraph &G, const FunctionFacts &Facts, FactCollector &Collector,
                        std::vector<Finding> &Out) {
  ConcurrencySearch(G, Facts, Collector, Out).run();
}

} // namespace txscope
