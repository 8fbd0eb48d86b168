//===- CheckOptions.cpp - The checks' names and option values -------------===//
#include "CheckOptions.h"

namespace txscope {

std::optional<CheckId> checkNamed(llvm::StringRef Name) {
  for (CheckId Check : AllChecks)
    if (Name == checkName(Check))
      return Check;
  return std::nullopt;
}

void setCheckEnabled(AnalysisOptions &Options, CheckId Check, bool Enabled) {
  switch (Check) {
  case CheckId::TaskOutlivesTransaction:
    Options.TaskOutlivesTransaction = Enabled;
    return;
  case CheckId::ConcurrentTransactionUse:
    Options.ConcurrentTransactionUse = Enabled;
    return;
  }
}

bool isCheckEnabled(const AnalysisOptions &Options, CheckId Check) {
  switch (Check) {
  case CheckId::TaskOutlivesTransaction:
    return Options.TaskOutlivesTransaction;
  case CheckId::ConcurrentTransactionUse:
    return Options.ConcurrentTransactionUse;
  }
  return false;
}

std::optional<bool> parseBoolOption(llvm::StringRef Value) {
  std::string Lower = Value.trim().lower();
  if (Lower == "true" || Lower == "1" || Lower == "on" || Lower == "yes")
    return true;
  if (Lower == "false" || Lower == "0" || Lower == "off" || Lower == "no")
    return false;
  return std::nullopt;
}

std::optional<AnalysisOptions>
analysisOptionsFrom(CheckId Check,
                    llvm::function_ref<std::string(llvm::StringRef, llvm::StringRef)> Get,
                    std::string &Error) {
  AnalysisOptions Options;
  for (CheckId Other : AllChecks)
    setCheckEnabled(Options, Other, Other == Check);
  std::string Strict = Get("StrictMode", "false");
  std::optional<bool> StrictValue = parseBoolOption(Strict);
  if (!StrictValue) {
    Error = invalidOptionMessage(Check, "StrictMode", Strict, "true or false");
    return std::nullopt;
  }
  Options.StrictMode = *StrictValue;
  std::string Budget = Get("StepBudget", std::to_string(Options.StepBudget));
  std::optional<uint64_t> BudgetValue = parseCountOption(Budget);
  if (!BudgetValue) {
    Error = invalidOptionMessage(Check, "StepBudget", Budget, "a positive whole number");
    return std::nullopt;
  }
  Options.StepBudget = *BudgetValue;
  return Options;
}

std::optional<uint64_t> parseCountOption(llvm::StringRef Value) {
  uint64_t Count = 0;
  if (Value.trim().getAsInteger(10, Count) || Count == 0)
    return std::nullopt;
  return Count;
}

std::string invalidOptionMessage(CheckId Check, llvm::StringRef Option, llvm::StringRef Value,
                                 llvm::StringRef Expected) {
  return "invalid value '" + Value.str() + "' for option '" + checkName(Check) + "." +
         Option.str() + "': expected " + Expected.str();
}

} // namespace txscope
