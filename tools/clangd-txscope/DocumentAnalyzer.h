//===- DocumentAnalyzer.h - txscope findings for an open document -*- C++ -*-===//
#ifndef TXSCOPE_CLANGD_DOCUMENTANALYZER_H
#define TXSCOPE_CLANGD_DOCUMENTANALYZER_H

#include "Analyzer.h"
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
  explicit DocumentAnalyzer(std::optional<std::string> CompileCommandsDir)
      : CompileCommandsDir(std::move(CompileCommandsDir)) {}

  /// The LSP diagnostics (source "txscope") for \p Path holding \p Text.
  llvm::json::Array analyze(const std::string &Path, const std::string &Text);
  /// Drops what is kept for a closed document.
  void forget(const std::string &Path) { Units.erase(Path); }

private:
  std::vector<std::string> compileCommand(const std::string &Path);
  /// The rule packs and options the .clang-tidy files above \p Path select.
  const std::vector<RulePack> *packsFor(const std::string &Path, AnalysisOptions &Engine,
                                       std::string &Error);

  std::optional<std::string> CompileCommandsDir;
  std::map<std::string, std::unique_ptr<ParsedUnit>> Units;
  std::map<std::string, std::unique_ptr<clang::tooling::CompilationDatabase>> Databases;
  std::map<std::string, std::vector<RulePack>> Packs; ///< by configuration
};

} // namespace txscope::lsp

#endif
