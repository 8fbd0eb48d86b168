//===- SummaryExchange.h - Summaries between the txscope command and its checks -*- C++ -*-===//
//
// SPEC §6: the txscope command runs clang-tidy's driver in-process, one
// translation unit per worker thread. Before each unit it sets the thread's
// exchange; the checks find it here, read the other units' summaries from
// it and, when the unit ends, hand back what the unit defines, what it
// looked up and which files it read. The clang-tidy plugin and the clangd
// wrapper have no exchange: they read a summary file (SummaryFiles.h).
//
//===----------------------------------------------------------------------===//
#ifndef TXSCOPE_ENGINE_SUMMARYEXCHANGE_H
#define TXSCOPE_ENGINE_SUMMARYEXCHANGE_H

#include "SummarySet.h"
#include <optional>
#include <string>
#include <vector>

namespace txscope {

/// What one check learned of one unit.
struct UnitSummaries {
  /// What the unit's main file defines (given by the first check only).
  std::optional<SummarySet> Defined;
  ConsultedSummaries Consulted;
  /// The files the unit read (its main file and every header), absolute.
  std::vector<std::string> Inputs;
};

class SummaryExchange {
public:
  virtual ~SummaryExchange() = default;
  /// The summaries of the other units.
  virtual const SummarySource &elsewhere() = 0;
  /// Whether the unit's own summaries are still wanted: true for the first
  /// check that asks, false for the others (each check has its analyzer).
  virtual bool wantsDefinitions() = 0;
  /// Each check, at the end of the unit.
  virtual void finished(UnitSummaries Unit) = 0;

  /// The exchange of the unit this thread analyses; null outside the
  /// txscope command.
  static SummaryExchange *forThisThread();

  /// Sets \p Exchange as this thread's while it lives.
  class Scope {
  public:
    explicit Scope(SummaryExchange &Exchange);
    ~Scope();
    Scope(const Scope &) = delete;
    Scope &operator=(const Scope &) = delete;

  private:
    SummaryExchange *Previous;
  };
};

} // namespace txscope

#endif
