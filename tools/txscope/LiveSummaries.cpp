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

/// \p Own's entry, else \p Imported's unless this run analyses its file.
template <typename T>
std::optional<T> LiveSummaries::lookUp(std::optional<T> (SummarySet::*Entry)(llvm::StringRef) const,
                                       llvm::StringRef USR) const {
  {
    std::lock_guard<std::mutex> Guard(Lock);
    if (std::optional<T> Mine = (Own.*Entry)(USR))
      return Mine;
  }
  std::optional<T> Elsewhere = Imported ? (Imported->*Entry)(USR) : std::nullopt;
  return Elsewhere && fromImported(*Elsewhere) ? Elsewhere : std::nullopt;
}

std::optional<StoredFunction> LiveSummaries::function(llvm::StringRef USR) const {
  return lookUp(&SummarySet::function, USR);
}

std::optional<StoredClass> LiveSummaries::wrapperClass(llvm::StringRef USR) const {
  return lookUp(&SummarySet::wrapperClass, USR);
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
