//===- UnitResult.h - What the analysis of one translation unit gave -*- C++ -*-===//
#ifndef TXSCOPE_TOOLS_UNITRESULT_H
#define TXSCOPE_TOOLS_UNITRESULT_H

#include "Report.h"
#include "SummarySet.h"
#include <string>
#include <vector>

namespace txscope::cli {

struct UnitResult {
  std::string File;
  /// The first compiler error when the unit did not compile.
  std::optional<std::string> Failure;
  std::vector<ReportedFinding> Findings;
  std::vector<std::string> ConfigErrors;
  std::vector<std::string> SkippedFunctions;
  /// What the unit defines, what it looked up of the other units' summaries
  /// and the files it read (SPEC §6: summaries across units, cached).
  SummarySet Defined;
  ConsultedSummaries Consulted;
  std::vector<std::string> Inputs;
};

} // namespace txscope::cli

#endif
