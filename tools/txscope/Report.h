//===- Report.h - Findings as the txscope command reports them --*- C++ -*-===//
//
// Plain data: what the analysis of a set of translation units produced,
// independent of the output format.
//
//===----------------------------------------------------------------------===//
#ifndef TXSCOPE_TOOLS_REPORT_H
#define TXSCOPE_TOOLS_REPORT_H

#include "SummarySet.h"
#include <string>
#include <vector>

namespace txscope::cli {

struct Location {
  std::string File; ///< Absolute path.
  unsigned Line = 0, Column = 0;
  bool operator<(const Location &O) const {
    return File != O.File ? File < O.File : Line != O.Line ? Line < O.Line : Column < O.Column;
  }
};

struct Note {
  Location Loc;
  std::string Message;
};

struct ReportedFinding {
  std::string CheckName;
  Location Loc;
  std::string Message;
  std::vector<Note> Notes;
  /// Identifies the finding across unrelated edits (see Baseline.h).
  std::string Key;
};

/// A translation unit that could not be analysed, with the first error.
struct FailedUnit {
  std::string File;
  std::string Error;
};

struct Report {
  std::vector<ReportedFinding> Findings;
  std::vector<FailedUnit> Failures;
  /// Configuration problems (a broken rule pack, an unknown option value).
  std::vector<std::string> ConfigErrors;
  /// Functions a check skipped (too large to analyse within limits), as
  /// "file:line:col: note: ... [check-name]" lines; collected with
  /// RunOptions::Verbose.
  std::vector<std::string> SkippedFunctions;
  /// The summaries of every unit analysed (and of the --summaries file's
  /// other units): what --write-summaries writes.
  SummarySet Summaries;
  /// How the units' results were had (--verbose prints them).
  unsigned Parsed = 0, FromCache = 0, AnalysedAgain = 0;
};

} // namespace txscope::cli

#endif
