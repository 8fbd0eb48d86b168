//===- ConcurrentUses.cpp - SPEC §2b over one body's event graph ----------===//
#include "ConcurrentUses.h"
#include "FactCollector.h"
#include "llvm/ADT/DenseSet.h"

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
    for (unsigned T = 0; T < Facts.Tasks.size() && !G.budgetSpent(); ++T)
      if (runsElsewhere(Facts.Tasks[T]) && usesForbidden(Facts.Tasks[T]))
        searchWhilePending(T);
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

  /// Walks the paths on which task \p T has not been joined yet.
  void searchWhilePending(unsigned T) {
    EventGraph::Point After;
    if (!G.pointAfter(Event::TaskStart, T, After))
      return;
    const Task &Pending = Facts.Tasks[T];
    bool StarterReported = false; // (its first clashing use is enough)
    G.walk(After, [&](const Event &E) {
      if (E.Subject == T && E.Kind == Event::Join)
        return EventGraph::Step::StopPath;
      // A joinable std::thread destroyed: the program terminates there.
      if (E.Subject == T && E.Kind == Event::Dropped &&
          Pending.HandleDestructor == DestructorKind::TerminateIfJoinable)
        return EventGraph::Step::StopPath;
      if (E.Kind == Event::TaskStart && runsElsewhere(Facts.Tasks[E.Subject])) {
        const Task &Later = Facts.Tasks[E.Subject];
        if (llvm::is_contained(Later.RunsAfter, T))
          return EventGraph::Step::Continue;
        if (Clash C = clash(Later.Shared, Pending.Shared))
          reportTasks(E.Subject, T, C);
      } else if (E.Kind == Event::Use && !StarterReported) {
        const SharedUse &Use = Facts.StarterUses[E.Subject];
        if (Clash C = clash(llvm::ArrayRef<SharedUse>(Use), Pending.Shared))
          StarterReported = reportStarterUse(Use, T, C);
      }
      return EventGraph::Step::Continue;
    });
  }

  /// The first join of task \p T after its start, for a note.
  const Event *laterJoin(unsigned T) const {
    EventGraph::Point After;
    if (!G.hasEvent(Event::Join, T) || !G.pointAfter(Event::TaskStart, T, After))
      return nullptr;
    const Event *Found = nullptr;
    G.walk(After, [&](const Event &E) {
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
    const Event *Join = laterJoin(Earlier);
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

  bool reportStarterUse(const SharedUse &Use, unsigned T, const Clash &C) {
    if (!firstAt(Use.Loc))
      return false;
    Finding F = finding(FindingKind::UsedWhileTaskRuns, Use.Loc,
                        capitalised(Use.Name) + " is used here while a task using it may still be running");
    F.Notes.push_back({Facts.Tasks[T].Loc, "the task using " + C.Theirs->Name + " is started here"});
    if (const Event *Join = laterJoin(T))
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
    F.Notes.push_back({Bound->Loc, capitalised(Bound->Name) + " is used here, inside the task"});
    Out.push_back(std::move(F));
  }

  static std::string capitalised(std::string Name) {
    if (!Name.empty() && Name[0] >= 'a' && Name[0] <= 'z')
      Name[0] = char(Name[0] - 'a' + 'A');
    return Name;
  }

  const EventGraph &G;
  const FunctionFacts &Facts;
  FactCollector &Collector;
  std::vector<Finding> &Out;
  llvm::DenseSet<unsigned> Reported; ///< Warning locations already used.
};

} // namespace

void findConcurrentUses(const EventGraph &G, const FunctionFacts &Facts, FactCollector &Collector,
                        std::vector<Finding> &Out) {
  ConcurrencySearch(G, Facts, Collector, Out).run();
}

} // namespace txscope
