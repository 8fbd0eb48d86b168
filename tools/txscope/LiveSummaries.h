//===- LiveSummaries.h - The summaries of a run's units, as they finish -*- C++ -*-===//
//
// SPEC §6: what the txscope command gives each unit of the other units'
// summaries. Units analysed in this run (or taken from the cache) add what
// they define as they finish; a --summaries file supplies the rest, except
// for the files this run analyses itself (their entries there may be stale).
// Safe to read from every worker thread while units add to it.
//
//===----------------------------------------------------------------------===//
#ifndef TXSCOPE_TOOLS_LIVESUMMARIES_H
#define TXSCOPE_TOOLS_LIVESUMMARIES_H

#include "SummaryExchange.h"
#include "UnitResult.h"
#include <mutex>
#include <set>

namespace txscope::cli {

class LiveSummaries : public SummarySource {
public:
  /// \p Imported (may be null): a --summaries file; \p UnitFiles: the main
  /// files of this run's units.
  LiveSummaries(const SummarySet *Imported, std::set<std::string> UnitFiles);

  void add(const SummarySet &Defined);
  /// Starts again from the units' current results (after some were
  /// analysed again, their old definitions are gone).
  void reset(const std::vector<UnitResult> &Units);
  /// Everything known: what --write-summaries writes.
  SummarySet all() const;

  std::optional<StoredFunction> function(llvm::StringRef USR) const override;
  std::optional<StoredClass> wrapperClass(llvm::StringRef USR) const override;

private:
  template <typename T>
  std::optional<T> lookUp(std::optional<T> (SummarySet::*Entry)(llvm::StringRef) const,
                          llvm::StringRef USR) const;
  template <typename T> bool fromImported(const T &Entry) const { return !UnitFiles.count(Entry.File); }

  const SummarySet *Imported;
  std::set<std::string> UnitFiles;
  mutable std::mutex Lock;
  SummarySet Own;
};

/// A unit's side of the exchange: hands the checks \p Source and collects
/// what they give back into \p Result.
class UnitExchange : public SummaryExchange {
public:
  UnitExchange(const SummarySource &Source, UnitResult &Result) : Source(Source), Result(Result) {}
  const SummarySource &elsewhere() override { return Source; }
  bool wantsDefinitions() override;
  void finished(UnitSummaries Unit) override;

private:
  const SummarySource &Source;
  UnitResult &Result;
  bool DefinitionsGiven = false;
};

} // namespace txscope::cli

#endif
