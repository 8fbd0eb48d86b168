//===- DocumentAnalyzer.h - txscope findings for an open document -*- C++ -*-===//
#ifndef TXSCOPE_CLANGD_DOCUMENTANALYZER_H
#define TXSCOPE_CLANGD_DOCUMENTANALYZER_H

#include "Analyzer.h"
#include "DocumentSummaries.h"
#include "Finding.h"
#include "ParsedUnit.h"
#include "Rules.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/JSON.h"
#include <map>
#include <memory>
#include <optional>

namespace txscope::lsp {

/// Runs the engine on documents (unsaved text included) and turns its
/// findings into LSP diagnostics. Not thread-safe: one analysis thread.
class DocumentAnalyzer {
public:
  /// \p CompileCommandsDir: clangd's --compile-commands-dir, if given; else
  /// compile_commands.json is searched upward from each file, as clangd does.
  /// \p SummariesFlag: --txscope-summaries, if given (DocumentSummaries).
  DocumentAnalyzer(std::optional<std::string> CompileCommandsDir,
                   std::optional<std::string> SummariesFlag)
      : CompileCommandsDir(std::move(CompileCommandsDir)), Summaries(std::move(SummariesFlag)) {}

  /// The LSP diagnostics (source "txscope") for \p Path holding \p Text.
  llvm::json::Array analyze(const std::string &Path, const std::string &Text);
  /// Drops what is kept for a closed document.
  void forget(const std::string &Path) { Units.erase(Path); }

private:
  /// One analyzer's work: the checks whose configuration is the same.
  struct EngineRun {
    const std::vector<RulePack> *Packs;
    AnalysisOptions Options; ///< With the flags of each check it runs.
    /// Other units' summaries (null: none), alive while the analyzer reads them.
    std::shared_ptr<const SummarySet> Elsewhere;
  };
  /// The compilation database for \p Path and its directory: the one in
  /// --compile-commands-dir, else the nearest one above \p Path (null and ""
  /// when there is none).
  std::pair<const clang::tooling::CompilationDatabase *, std::string> database(const std::string &Path);
  /// What the .clang-tidy files above \p Path select: the enabled checks
  /// (their `Checks:` glob, txscope-* unless it says otherwise) grouped by
  /// their options and summaries (\p DatabaseDir: where the default summary
  /// file is); a broken check configuration is left out with its error in
  /// \p Errors.
  using CheckError = std::pair<CheckId, std::string>;
  std::vector<EngineRun> configure(const std::string &Path, const std::string &DatabaseDir,
                                   std::vector<CheckError> &Errors);
  /// The rule packs of \p PacksOption and \p RuleFiles (cached).
  const std::vector<RulePack> *packs(const std::string &PacksOption,
                                     const std::vector<std::string> &RuleFiles, std::string &Error);

  std::optional<std::string> CompileCommandsDir;
  std::map<std::string, std::unique_ptr<ParsedUnit>> Units;
  std::map<std::string, std::unique_ptr<clang::tooling::CompilationDatabase>> Databases; ///< by directory
  std::map<std::string, std::vector<RulePack>> Packs; ///< by configuration
  DocumentSummaries Summaries;
};

} // namespace txscope::lsp

#endif
