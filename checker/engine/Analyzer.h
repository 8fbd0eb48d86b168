//===- Analyzer.h - txscope's analysis, for any front end -------*- C++ -*-===//
//
// The one entry point the clang-tidy check, the CLI and the clangd wrapper
// share: give it the rule packs once, then ask it about function bodies.
//
//===----------------------------------------------------------------------===//
#ifndef TXSCOPE_ENGINE_ANALYZER_H
#define TXSCOPE_ENGINE_ANALYZER_H

#include "CallbackLambdas.h"
#include "Finding.h"
#include "Rules.h"
#include "SummarySet.h"
#include "clang/AST/ASTContext.h"
#include "llvm/ADT/DenseMap.h"
#include <memory>
#include <vector>

namespace txscope {

class ImportedSummaries;
class InferredWrappers;
class LibraryModel;
class Summaries;
class SharedUseScanner;

struct AnalysisOptions {
  /// Report tasks that do not visibly touch the transaction too, and treat a
  /// handle passed to an unseen callee as escaping.
  bool StrictMode = false;
  /// Blocks the path walks of one function may enter in all (SPEC §7: a
  /// function too large to analyse within limits is skipped, never a hang).
  uint64_t StepBudget = 20'000'000;
  /// Analyse a transaction declared in a block over the smallest statement
  /// its tasks' story needs (Regions.h) rather than over the whole body.
  /// Off only in the tests that check both ways agree.
  bool SplitRegions = true;
  /// Which checks' findings to compute (SPEC §2, §2b): the clang-tidy module
  /// gives each check an analyzer of its own; the CLI, tests and the clangd
  /// wrapper may ask for both at once.
  bool TaskOutlivesTransaction = true;
  bool ConcurrentTransactionUse = true;
};

class Analyzer {
public:
  Analyzer(std::vector<RulePack> Packs, AnalysisOptions Options);
  ~Analyzer();

  /// Findings for one function, method or lambda body. Dependent
  /// (uninstantiated template) bodies are never analysed: their instantiations are.
  std::vector<Finding> analyzeFunction(const clang::FunctionDecl &Fn, clang::ASTContext &Ctx);

  /// Findings for every function of the translation unit outside system
  /// headers, each source location reported once across instantiations.
  std::vector<Finding> analyzeTranslationUnit(clang::ASTContext &Ctx);

  /// Summaries of functions and classes other translation units define
  /// (SPEC §2 *Across functions*, §6), consulted where their bodies are not
  /// visible; null: none. Takes effect from the next translation unit.
  void useSummaries(const SummarySource *Source) { Elsewhere = Source; }

  /// The summaries of what the main file of \p Ctx defines, for other units.
  SummarySet exportSummaries(clang::ASTContext &Ctx);

  /// What the analysis of the current unit looked up in the summaries of
  /// other units, and what it found.
  ConsultedSummaries consulted() const;

  /// The functions skipped since the last call, for a verbose front end.
  std::vector<SkippedFunction> takeSkipped() { return std::move(Skipped); }

  /// The same for the functions within \p Decls only (the main file's
  /// top-level declarations of a unit parsed with a precompiled preamble).
  std::vector<Finding> analyzeDecls(llvm::ArrayRef<clang::Decl *> Decls, clang::ASTContext &Ctx);

private:
  const LibraryModel &modelFor(clang::ASTContext &Ctx);
  /// Adds the findings about the transaction scopes of \p Region, part of
  /// \p Fn's body, to \p Findings; false when the walks ran out of steps.
  /// Adds the findings of the concurrent-use check (SPEC §2b) about \p Body
  /// to \p Findings; false when the walks ran out of steps.
  bool analyzeConcurrency(const clang::FunctionDecl &Fn, clang::Stmt *Body, clang::ASTContext &Ctx,
                          uint64_t &StepsLeft, std::vector<Finding> &Findings);
  bool analyzeRegion(const clang::FunctionDecl &Fn, clang::Stmt *Region,
                     const CallbackRule *AsCallback, clang::ASTContext &Ctx,
                     uint64_t &StepsLeft, std::vector<Finding> &Findings);

  std::vector<RulePack> Packs;
  AnalysisOptions Options;
  std::unique_ptr<LibraryModel> Model;
  clang::ASTContext *ModelContext = nullptr;
  const SummarySource *Elsewhere = nullptr;
  std::unique_ptr<ImportedSummaries> Imported; ///< Elsewhere, for the current unit.
  std::unique_ptr<Summaries> Callees; ///< Of functions in the current translation unit.
  std::unique_ptr<InferredWrappers> Wrappers; ///< The unit's own transaction classes.
  std::unique_ptr<SharedUseScanner> Shared; ///< What executions share (SPEC §2b).
  /// Lambdas passed to transaction-callback APIs, found while analysing the
  /// function that passes them (which is always visited first).
  CallbackLambdaMap CallbackLambdas;
  std::vector<SkippedFunction> Skipped;
};

} // namespace txscope

#endif
