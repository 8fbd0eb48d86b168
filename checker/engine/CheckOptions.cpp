//===- CheckOptions.cpp - The check's name and option values --------------===//
#include "CheckOptions.h"

namespace txscope {

std::optional<bool> parseBoolOption(llvm::StringRef Value) {
  std::string Lower = Value.trim().lower();
  if (Lower == "true" || Lower == "1" || Lower == "on" || Lower == "yes")
    return true;
  if (Lower == "false" || Lower == "0" || Lower == "off" || Lower == "no")
    return false;
  return std::nullopt;
}

std::optional<AnalysisOptions>
analysisOptionsFrom(llvm::function_ref<std::string(llvm::StringRef, llvm::StringRef)> Get,
                    std::string &Error) {
  AnalysisOptions Options;
  std::string Strict = Get("StrictMode", "false");
  std::optional<bool> StrictValue = parseBoolOption(Strict);
  if (!StrictValue) {
    Error = invalidOptionMessage("StrictMode", Strict, "true or false");
    return std::nullopt;
  }
  Options.StrictMode = *StrictValue;
  std::string Budget = Get("StepBudget", std::to_string(Options.StepBudget));
  std::optional<uint64_t> BudgetValue = parseCountOption(Budget);
  if (!BudgetValue) {
    Error = invalidOptionMessage("StepBudget", Budget, "a positive whole number");
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

std::string invalidOptionMessage(llvm::StringRef Option, llvm::StringRef Value,
                                 llvm::StringRef Expected) {
  return "invalid value '" + Value.str() + "' for option '" + CheckName + "." + Option.str() +
         "': expected " + Expected.str();
}

} // namespace txscope
