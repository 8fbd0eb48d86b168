//===- TidyRunner.h - The txscope check over translation units --*- C++ -*-===//
//
// Runs clang-tidy's own driver in-process, with only the txscope module
// registered, over the translation units of a compilation database: the
// same option handling (.clang-tidy discovery, CheckOptions), NOLINT
// comments and header filtering as the clang-tidy plugin.
//
//===----------------------------------------------------------------------===//
#ifndef TXSCOPE_TOOLS_TIDYRUNNER_H
#define TXSCOPE_TOOLS_TIDYRUNNER_H

#include "Report.h"
#include "SourceText.h"
#include "clang/Tooling/CompilationDatabase.h"
#include <functional>
#include <optional>
#include <string>

namespace txscope::cli {

struct RunOptions {
  /// A clang-tidy configuration in YAML (--config) used instead of the
  /// .clang-tidy files; nullopt: discover .clang-tidy files like clang-tidy.
  std::optional<std::string> Config;
  /// clang-tidy check globs applied after "txscope-*" (--checks):
  /// "-txscope-concurrent-transaction-use" runs only the other check.
  std::string Checks;
  std::string HeaderFilter = ".*";
  unsigned Jobs = 1;
  /// Keep analysing after a translation unit failed to compile.
  bool KeepGoing = false;
  /// Also collect the functions the checks skipped (Report::SkippedFunctions).
  bool Verbose = false;
  /// Called after each translation unit: (done, total, file).
  std::function<void(unsigned, unsigned, const std::string &)> Progress;

  /// SPEC §6: summaries across units. Off: each unit alone, as clang-tidy
  /// sees it (--no-summaries).
  bool CrossUnit = true;
  /// Summaries of units not in this run (--summaries FILE); may be null.
  const SummarySet *Imported = nullptr;
  /// Where units' results are cached by content; empty: no cache.
  std::string CacheDirectory;
};

/// Analyses \p Files (absolute paths, each in \p DB). Findings from headers
/// included by several units are reported once. With summaries across
/// units, each unit sees what the others define: units are analysed once,
/// in parallel, each with the summaries of those finished before it; at the
/// end, the units that looked up a summary that arrived later or changed
/// are analysed again (a few rounds at most), and unchanged units come from
/// the cache without being parsed.
Report analyse(const clang::tooling::CompilationDatabase &DB, const std::vector<std::string> &Files,
               const RunOptions &Options, SourceText &Sources);

} // namespace txscope::cli

#endif
