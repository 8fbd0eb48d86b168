//===- LiveSummaries.cpp - The summaries of a run's units, as they finish -===//
#include "LiveSummaries.h"

namespace txscope::cli {

LiveSummaries::LiveSummaries(const SummarySet *Imported, std::set<std::string> UnitFiles)
    : Imported(Imported), UnitFiles(std::move(UnitFiles)) {}

void LiveSummaries::add(const SummarySet &Defined) {
  std::lock_guard<std::mutex> Guard(Lock);
  Own.merge(Defined);
}

void LiveSummaries::reset(const std::vector<UnitResult> &Units) {
  SummarySet Fresh;
  for (const UnitResult &Unit : Units)
    Fresh.merge(Unit.Defined);
  std::lock_guard<std::mutex> Guard(Lock);
  Own = std::move(Fresh);
}

SummarySet LiveSummaries::all() const {
  SummarySet Out;
  if (Imported) {
    for (const auto &F : Imported->Functions)
      if (fromImported(F.second))
        Out.Functions.insert(F);
    for (const auto &C : Imported->Classes)
      if (fromImported(C.second))
        Out.Classes.insert(C);
  }
  std::lock_guard<std::mutex> Guard(Lock);
  // This run's own definitions come first: they are newer.
  for (const auto &F : Own.Functions)
    Out.Functions[F.first] = F.second;
  for (const auto &C : Own.Classes)
    Out.Classes[C.first] = C.second;
  return Out;
}

std::optional<StoredFunction> LiveSummaries::function(llvm::StringRef USR) const {
  {
    std::lock_guard<std::mutex> Guard(Lock);
    if (std::optional<StoredFunction> Mine = Own.function(USR))
      return Mine;
  }
  std::optional<StoredFunction> Elsewhere = Imported ? Imported->function(USR) : std::nullopt;
  return Elsewhere && fromImported(*Elsewhere) ? Elsewhere : std::nullopt;
}

std::optional<StoredClass> LiveSummaries::wrapperClass(llvm::StringRef USR) const {
  {
    std::lock_guard<std::mutex> Guard(Lock);
    if (std::optional<StoredClass> Mine = Own.wrapperClass(USR))
      return Mine;
  }
  std::optional<StoredClass> Elsewhere = Imported ? Imported->wrapperClass(USR) : std::nullopt;
  return Elsewhere && fromImported(*Elsewhere) ? Elsewhere : std::nullopt;
}

bool UnitExchange::wantsDefinitions() {
  bool First = !DefinitionsGiven;
  DefinitionsGiven = true;
  return First;
}

void UnitExchange::finished(UnitSummaries Unit) {
  if (Unit.Defined)
    Result.Defined = std::move(*Unit.Defined);
  // Each check consulted on its own; should they have seen different
  // entries (a unit finishing meanwhile), the unit is analysed again.
  for (auto &Entry : Unit.Consulted) {
    auto [It, Inserted] = Result.Consulted.emplace(Entry.first, Entry.second);
    if (!Inserted && It->second != Entry.second)
      It->second = "(seen differently)";
  }
  if (Result.Inputs.empty())
    Result.Inputs = std::move(Unit.Inputs);
}

} // namespace txscope::cli
