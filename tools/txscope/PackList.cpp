//===- PackList.cpp - txscope --list-packs --------------------------------===//
#include "PackList.h"
#include "BuiltinPacks.h"
#include "RuleParser.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

namespace txscope::cli {
namespace {

/// One "  what: a, b, c" line, or nothing when \p Names is empty.
void line(llvm::raw_ostream &OS, llvm::StringRef What, const std::vector<std::string> &Names) {
  if (!Names.empty())
    OS << "  " << What << ": " << llvm::join(Names, ", ") << "\n";
}

/// The given field of each rule, with an optional suffix per rule.
template <typename Rule, typename Field>
std::vector<std::string> names(const std::vector<Rule> &Rules, Field F) {
  std::vector<std::string> Out;
  for (const Rule &R : Rules)
    Out.push_back(F(R));
  return Out;
}

void describe(llvm::raw_ostream &OS, const RulePack &P) {
  OS << P.Name;
  if (!P.Description.empty())
    OS << " - " << P.Description;
  OS << "\n";
  line(OS, "transactions", names(P.Transactions, [](const TransactionTypeRule &R) { return R.Type; }));
  line(OS, "begin/commit calls on", names(P.CallPairs, [](const CallPairRule &R) { return R.ReceiverType; }));
  line(OS, "SQL BEGIN/COMMIT sent through", names(P.SqlCalls, [](const SqlCallRule &R) { return R.Callee; }));
  line(OS, "transaction callbacks", names(P.Callbacks, [](const CallbackRule &R) { return R.Callee; }));
  line(OS, "task starts", names(P.TaskStarts, [](const TaskStartRule &R) {
         return R.Callee + (R.IsConstructor ? " (constructor)" : "") + (R.Detached ? " (detached)" : "") +
                (R.Lazy ? " (lazy)" : "");
       }));
  line(OS, "task handles", names(P.Handles, [](const HandleTypeRule &R) {
         return R.Type + (R.Lazy ? " (lazy)" : "") + (R.FireAndForget ? " (fire and forget)" : "");
       }));
  line(OS, "groups", names(P.Groups, [](const GroupTypeRule &R) { return R.Type; }));
  line(OS, "task objects", names(P.TaskObjects, [](const TaskObjectRule &R) { return R.Type; }));
  line(OS, "task graphs", names(P.TaskGraphs, [](const TaskGraphRule &R) { return R.Type; }));
  line(OS, "join functions", names(P.JoinFunctions, [](const JoinFunctionRule &R) {
         return R.Function + (R.Timed ? " (timed)" : "");
       }));
  line(OS, "detach functions", names(P.DetachFunctions, [](const DetachFunctionRule &R) { return R.Function; }));
  line(OS, "connections", names(P.Connections, [](const ConnectionTypeRule &R) { return R.Type; }));
  line(OS, "locks", names(P.Locks, [](const ClassNameRule &R) { return R.Type; }));
  line(OS, "per-thread", names(P.PerThread, [](const ClassNameRule &R) { return R.Type; }));
  line(OS, "serialising executors", names(P.SerialisingExecutors, [](const ClassNameRule &R) { return R.Type; }));
}

} // namespace

llvm::Error listPacks(llvm::raw_ostream &OS) {
  bool First = true;
  for (const BuiltinPack &Builtin : builtinPacks()) {
    auto Pack = parseRulePack(Builtin.Text, std::string("<builtin>/") + Builtin.FileName);
    if (!Pack)
      return Pack.takeError();
    if (!First)
      OS << "\n";
    First = false;
    describe(OS, *Pack);
  }
  return llvm::Error::success();
}

} // namespace txscope::cli
