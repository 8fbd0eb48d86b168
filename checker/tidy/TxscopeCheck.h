//===- TxscopeCheck.h - One txscope check inside clang-tidy -----*- C++ -*-===//
#ifndef TXSCOPE_TIDY_TXSCOPECHECK_H
#define TXSCOPE_TIDY_TXSCOPECHECK_H

#include "Analyzer.h"
#include "Finding.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/DenseSet.h"
#include <memory>
#include <set>

namespace txscope {

/// One of txscope's checks (Finding.h's CheckId), registered under its
/// checkName():
///
/// - txscope-task-outlives-transaction: asynchronous tasks started inside a
///   database transaction that can still be running when the transaction
///   commits, rolls back or is destroyed
///   (docs/checks/task-outlives-transaction.md);
/// - txscope-concurrent-transaction-use: two executions that may use one
///   transaction or connection at the same time
///   (docs/checks/concurrent-transaction-use.md).
///
/// Each check reads its options under its own name and runs an analyzer of
/// its own that computes only its findings, so that --enable-check-profile
/// shows each check's own time.
class TxscopeCheck : public clang::tidy::ClangTidyCheck {
public:
  TxscopeCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context, CheckId Check);
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;
  void onEndOfTranslationUnit() override;
  bool isLanguageVersionSupported(const clang::LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }

private:
  /// The analyzer for the configured packs; null (after reporting why) when
  /// the configuration is broken.
  std::unique_ptr<Analyzer> loadEngine();
  /// Points the engine at the other units' summaries: the txscope command's
  /// exchange, else the file option Summaries names (SPEC §6). False after
  /// reporting a broken summary file.
  bool useSummaries(Analyzer &Engine);

  const CheckId Check;
  const std::string RuleFiles;
  const std::string Packs;
  const std::string StrictMode;
  const std::string StepBudget;
  const std::string ReportSkipped;
  const std::string SummariesFile;
  /// The summary file read, kept alive while the engine reads it.
  std::shared_ptr<const SummarySet> FileSummaries;
  clang::ASTContext *Unit = nullptr; ///< The unit being checked.
  bool ReportSkippedFunctions = false; ///< ReportSkipped, once validated.
  const std::string CurrentFile; ///< Where relative RuleFiles are looked up from.
  std::unique_ptr<Analyzer> Engine; ///< Null when the configuration is broken.
  llvm::DenseSet<const clang::FunctionDecl *> Analysed;
  std::set<Finding::Key> Reported;
};

} // namespace txscope

#endif
