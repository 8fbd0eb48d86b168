//===- DocumentSummaries.h - Other units' summaries for a document -*- C++ -*-===//
//
// SPEC §2 *Across functions*, §6: a helper or wrapper class defined in
// another translation unit counts as seen through the summary file the
// txscope command writes. Which file a document reads: --txscope-summaries,
// else the check option Summaries of its .clang-tidy, else the command's
// default beside the compilation database. The file is read again whenever
// it changes; without one a document gets same-unit summaries only, and a
// broken one is logged once per change of the file and otherwise ignored.
//
//===----------------------------------------------------------------------===//
#ifndef TXSCOPE_CLANGD_DOCUMENTSUMMARIES_H
#define TXSCOPE_CLANGD_DOCUMENTSUMMARIES_H

#include "Finding.h"
#include "SummarySet.h"
#include <map>
#include <memory>
#include <optional>
#include <string>

namespace txscope::lsp {

class DocumentSummaries {
public:
  /// \p Flag: the file --txscope-summaries named, if any.
  explicit DocumentSummaries(std::optional<std::string> Flag) : Flag(std::move(Flag)) {}

  /// The summaries check \p Check reads for \p Document: the flag's file,
  /// else the one its option Summaries (\p Option, relative to the
  /// .clang-tidy that sets it) names, else
  /// <\p DatabaseDir>/.txscope/summaries.json ("": no database, no default).
  /// Null when that file is missing or broken; nullopt, with \p Error, when
  /// \p Option names not exactly one file.
  std::optional<std::shared_ptr<const SummarySet>> forCheck(CheckId Check, const std::string &Document,
                                                             const std::string &Option,
                                                             const std::string &DatabaseDir,
                                                             std::string &Error);

private:
  /// The summaries in \p Path; null when there are none to use. \p Named:
  /// the user named the file, so that its absence is logged too.
  std::shared_ptr<const SummarySet> load(const std::string &Path, bool Named);

  std::optional<std::string> Flag;
  /// Files that could not be used, with the version (modification time and
  /// size) that failed: not read nor logged again until it changes.
  std::map<std::string, std::string> Failed;
};

} // namespace txscope::lsp

#endif
