//===- Sarif.cpp - SARIF 2.1.0 output and merging shard logs --------------===//
#include "CheckOptions.h"
#include "Formats.h"
#include "Paths.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/SHA1.h"
#include <map>

namespace txscope::cli {

namespace {
/// What SARIF viewers show for a check.
struct RuleText {
  const char *Name, *Short, *Full, *Help;
};
} // namespace

static RuleText ruleText(txscope::CheckId Check) {
  switch (Check) {
  case txscope::CheckId::TaskOutlivesTransaction:
    return {"TaskOutlivesTransaction",
            "An asynchronous task can outlive the database transaction it was started in.",
            "A task started inside a transaction scope is not joined on every path before the "
            "transaction commits, rolls back or is destroyed: it may run against a finished "
            "transaction or a connection already returned to its pool.",
            "Join the task (get(), join(), co_await, a group's wait()) before the transaction ends, "
            "or start it after the commit with copied data. See "
            "docs/checks/task-outlives-transaction.md."};
  case txscope::CheckId::ConcurrentTransactionUse:
    return {"ConcurrentTransactionUse",
            "Two executions may use one database transaction or connection at the same time.",
            "A transaction or the connection it runs on is used by a task while the code that "
            "started it, or another task, may use it too, or a thread-bound connection (Qt's "
            "QSqlDatabase) is used on another thread. The client library forbids it: \"another "
            "command is already in progress\", interleaved protocol messages, crashes.",
            "Join the first task before the next use, give each task a connection of its own, or "
            "hold one mutex around every use. A Qt connection must be opened on the thread that "
            "uses it. See docs/checks/concurrent-transaction-use.md."};
  }
  return {"", "", "", ""};
}

static llvm::json::Object ruleMetadata(txscope::CheckId Check) {
  RuleText Text = ruleText(Check);
  return llvm::json::Object{
      {"id", txscope::checkName(Check)},
      {"name", Text.Name},
      {"shortDescription", llvm::json::Object{{"text", Text.Short}}},
      {"fullDescription", llvm::json::Object{{"text", Text.Full}}},
      {"help", llvm::json::Object{{"text", Text.Help}}},
      {"defaultConfiguration", llvm::json::Object{{"level", "warning"}}}};
}

/// The index of \p CheckName in the driver's rules (AllChecks order); -1,
/// SARIF's "no rule", for any other name.
static int ruleIndex(llvm::StringRef CheckName) {
  for (size_t I = 0; I < std::size(txscope::AllChecks); ++I)
    if (CheckName == txscope::checkName(txscope::AllChecks[I]))
      return int(I);
  return -1;
}

static llvm::json::Object physicalLocation(const Location &L, llvm::StringRef Root) {
  std::string Relative = relativeTo(Root, L.File);
  llvm::json::Object Artifact;
  if (!Relative.empty() && Relative.front() == '/') {
    Artifact["uri"] = "file://" + uriPath(Relative);
  } else {
    Artifact["uri"] = uriPath(Relative);
    Artifact["uriBaseId"] = "SRCROOT";
  }
  llvm::json::Object Region{{"startLine", L.Line}};
  if (L.Column)
    Region["startColumn"] = L.Column;
  return llvm::json::Object{
      {"physicalLocation",
       llvm::json::Object{{"artifactLocation", std::move(Artifact)}, {"region", std::move(Region)}}}};
}

static llvm::json::Object message(llvm::StringRef Text) {
  return llvm::json::Object{{"text", jsonText(Text)}};
}

static llvm::json::Object result(const ReportedFinding &F, llvm::StringRef Root) {
  llvm::json::Array Related, Flow;
  llvm::json::Object Start = physicalLocation(F.Loc, Root);
  // Where the finding is: the task start (of the second task, or of the
  // task on another thread), or the use while a task runs.
  Start["message"] = message(F.CheckName == txscope::checkName(txscope::CheckId::TaskOutlivesTransaction)
                                 ? "the task starts here"
                                 : "reported here");
  Flow.push_back(llvm::json::Object{{"location", std::move(Start)}});
  int Id = 1;
  for (const Note &N : F.Notes) {
    llvm::json::Object Loc = physicalLocation(N.Loc, Root);
    Loc["message"] = message(N.Message);
    Flow.push_back(llvm::json::Object{{"location", llvm::json::Object(Loc)}});
    Loc["id"] = Id++;
    Related.push_back(std::move(Loc));
  }
  auto Digest = llvm::SHA1::hash(llvm::arrayRefFromStringRef(F.Key));
  return llvm::json::Object{
      {"ruleId", F.CheckName},
      {"ruleIndex", ruleIndex(F.CheckName)},
      {"level", "warning"},
      {"message", message(F.Message)},
      {"locations", llvm::json::Array{physicalLocation(F.Loc, Root)}},
      {"relatedLocations", std::move(Related)},
      {"codeFlows",
       llvm::json::Array{llvm::json::Object{
           {"threadFlows", llvm::json::Array{llvm::json::Object{{"locations", std::move(Flow)}}}}}}},
      {"partialFingerprints", llvm::json::Object{{"txscopeKey/v1", llvm::toHex(Digest, true)}}}};
}

static std::string rootUri(llvm::StringRef Root) {
  std::string Uri = "file://" + uriPath(Root);
  if (Uri.back() != '/')
    Uri += "/";
  return Uri;
}

llvm::json::Value sarifLog(const Report &R, llvm::StringRef Root) {
  llvm::json::Array Results, Notifications;
  for (const ReportedFinding &F : R.Findings)
    Results.push_back(result(F, Root));
  for (const FailedUnit &U : R.Failures) {
    llvm::json::Object Loc = physicalLocation({U.File, 1, 0}, Root);
    Notifications.push_back(llvm::json::Object{{"level", "error"},
                                               {"message", message("could not analyse: " + U.Error)},
                                               {"locations", llvm::json::Array{std::move(Loc)}}});
  }
  for (const std::string &E : R.ConfigErrors)
    Notifications.push_back(llvm::json::Object{{"level", "error"}, {"message", message(E)}});
  bool Successful = R.Failures.empty() && R.ConfigErrors.empty();
  llvm::json::Array Rules;
  for (txscope::CheckId Check : txscope::AllChecks)
    Rules.push_back(ruleMetadata(Check));
  return llvm::json::Object{
      {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
      {"version", "2.1.0"},
      {"runs",
       llvm::json::Array{llvm::json::Object{
           {"tool",
            llvm::json::Object{{"driver", llvm::json::Object{{"name", "txscope"},
                                                             {"informationUri", "https://github.com/txscope/txscope"},
                                                             {"version", "0.1.0"},
                                                             {"rules", std::move(Rules)}}}}},
           {"originalUriBaseIds",
            llvm::json::Object{{"SRCROOT", llvm::json::Object{{"uri", rootUri(Root)}}}}},
           {"invocations",
            llvm::json::Array{llvm::json::Object{{"executionSuccessful", Successful},
                                                 {"toolExecutionNotifications", std::move(Notifications)}}}},
           {"results", std::move(Results)}}}}};
}

static llvm::Error notSarif(unsigned Index, llvm::StringRef Why) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), "input %u: %s", Index + 1,
                                 Why.str().c_str());
}

llvm::Expected<llvm::json::Value> mergeSarif(std::vector<llvm::json::Value> Logs) {
  if (Logs.empty())
    return notSarif(0, "no SARIF logs to merge");
  llvm::json::Object *Run = nullptr;
  for (unsigned I = 0; I < Logs.size(); ++I) {
    llvm::json::Object *Log = Logs[I].getAsObject();
    auto Version = Log ? Log->getString("version") : decltype(Log->getString("version"))();
    llvm::json::Array *Runs = Log ? Log->getArray("runs") : nullptr;
    if (!Version || *Version != "2.1.0" || !Runs || Runs->size() != 1 || !(*Runs)[0].getAsObject())
      return notSarif(I, "not a SARIF 2.1.0 log with one run (as 'txscope --format sarif' writes)");
    llvm::json::Object &Next = *(*Runs)[0].getAsObject();
    if (!Run) {
      Run = &Next;
      continue;
    }
    // Shards of one run: the same tool and rules; results and invocations add up.
    for (const char *Field : {"results", "invocations"}) {
      llvm::json::Array *From = Next.getArray(Field);
      llvm::json::Array *Into = Run->getArray(Field);
      if (!From)
        continue;
      if (!Into) {
        (*Run)[Field] = llvm::json::Array();
        Into = Run->getArray(Field);
      }
      for (llvm::json::Value &V : *From)
        Into->push_back(std::move(V));
    }
  }
  return std::move(Logs.front());
}

} // namespace txscope::cli
