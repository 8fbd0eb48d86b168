//===- TaskOutlivesTransactionCheck.h - txscope-task-outlives-transaction -*- C++ -*-===//
#ifndef TXSCOPE_TIDY_TASKOUTLIVESTRANSACTIONCHECK_H
#define TXSCOPE_TIDY_TASKOUTLIVESTRANSACTIONCHECK_H

#include "Analyzer.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "llvm/ADT/DenseSet.h"
#include <memory>
#include <set>

namespace txscope {

/// Finds asynchronous tasks started inside a database transaction that can
/// still be running when the transaction commits, rolls back or is destroyed.
///
/// For the user-facing documentation of this check, see:
/// docs/checks/task-outlives-transaction.md
class TaskOutlivesTransactionCheck : public clang::tidy::ClangTidyCheck {
public:
  TaskOutlivesTransactionCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context);
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;
  bool isLanguageVersionSupported(const clang::LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }

private:
  /// The analyzer for the configured packs; null (after reporting why) when
  /// the configuration is broken.
  std::unique_ptr<Analyzer> loadEngine();

  const std::string RuleFiles;
  const std::string Packs;
  const std::string StrictMode;
  const std::string StepBudget;
  const std::string ReportSkipped;
  bool ReportSkippedFunctions = false; ///< ReportSkipped, once validated.
  const std::string CurrentFile; ///< Where relative RuleFiles are looked up from.
  std::unique_ptr<Analyzer> Engine; ///< Null when the configuration is broken.
  llvm::DenseSet<const clang::FunctionDecl *> Analysed;
  std::set<Finding::Key> Reported;
};

} // namespace txscope

#endif
