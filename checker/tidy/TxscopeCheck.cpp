//===- TxscopeCheck.cpp - One txscope check inside clang-tidy -------------===//
#include "TxscopeCheck.h"
#include "CheckOptions.h"
#include "RuleFilePaths.h"
#include "RuleSet.h"
#include "SummaryExchange.h"
#include "SummaryFiles.h"
#include "clang/Basic/FileManager.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/VirtualFileSystem.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include <optional>
#include <type_traits>

using namespace clang;
using namespace clang::ast_matchers;

namespace txscope {

TxscopeCheck::TxscopeCheck(StringRef Name, tidy::ClangTidyContext *Context, CheckId Check)
    : ClangTidyCheck(Name, Context), Check(Check), RuleFiles(Options.get("RuleFiles", "")),
      Packs(Options.get("Packs", "all")), StrictMode(Options.get("StrictMode", "false")),
      StepBudget(Options.get("StepBudget", std::to_string(AnalysisOptions().StepBudget))),
      ReportSkipped(Options.get("ReportSkipped", "false")), SummariesFile(Options.get("Summaries", "")),
      CurrentFile(Context->getCurrentFile().str()) {}

void TxscopeCheck::storeOptions(tidy::ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "RuleFiles", RuleFiles);
  Options.store(Opts, "Packs", Packs);
  Options.store(Opts, "StrictMode", StrictMode);
  Options.store(Opts, "StepBudget", StepBudget);
  Options.store(Opts, "ReportSkipped", ReportSkipped);
  Options.store(Opts, "Summaries", SummariesFile);
}

bool TxscopeCheck::useSummaries(Analyzer &Engine) {
  if (SummaryExchange *Exchange = SummaryExchange::forThisThread()) {
    Engine.useSummaries(&Exchange->elsewhere());
    return true;
  }
  if (SummariesFile.empty())
    return true;
  // (Relative to the .clang-tidy file that sets it, as RuleFiles are.)
  std::vector<std::string> Paths = resolveRuleFiles(SummariesFile, CurrentFile);
  if (Paths.size() != 1) {
    configurationDiag("%0", DiagnosticIDs::Error)
        << invalidOptionMessage(Check, "Summaries", SummariesFile, "one summary file");
    return false;
  }
  auto Loaded = loadSummaryFile(Paths.front());
  if (!Loaded) {
    configurationDiag("%0", DiagnosticIDs::Error) << llvm::toString(Loaded.takeError());
    return false;
  }
  FileSummaries = std::move(*Loaded);
  Engine.useSummaries(FileSummaries.get());
  return true;
}

/// A SourceManager's file key: a FileEntry pointer up to LLVM 18, a
/// FileEntryRef since.
template <typename FileKey> static llvm::StringRef fileName(const FileKey &File) {
  if constexpr (std::is_pointer_v<FileKey>)
    return File->getName();
  else
    return File.getName();
}

void TxscopeCheck::onEndOfTranslationUnit() {
  SummaryExchange *Exchange = SummaryExchange::forThisThread();
  if (!Exchange || !Engine || !Unit)
    return;
  UnitSummaries Summaries;
  if (Exchange->wantsDefinitions())
    Summaries.Defined = Engine->exportSummaries(*Unit);
  Summaries.Consulted = Engine->consulted();
  const SourceManager &SM = Unit->getSourceManager();
  for (auto File = SM.fileinfo_begin(); File != SM.fileinfo_end(); ++File) {
    llvm::SmallString<256> Path(fileName(File->first));
    SM.getFileManager().getVirtualFileSystem().makeAbsolute(Path);
    llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
    Summaries.Inputs.push_back(Path.str().str());
  }
  // (The rule files decide the findings as much as the sources do.)
  for (std::string &Rules : resolveRuleFiles(RuleFiles, CurrentFile))
    Summaries.Inputs.push_back(std::move(Rules));
  Exchange->finished(std::move(Summaries));
}

std::unique_ptr<Analyzer> TxscopeCheck::loadEngine() {
  bool Valid = true;
  // Options are read as text: clang-tidy's OptionsView::get<bool> is a
  // template specialisation the clang-tidy binary does not export to plugins.
  std::string Error;
  auto Text = [&](llvm::StringRef Name, llvm::StringRef Default) {
    return std::string(Options.get(Name, Default));
  };
  std::optional<AnalysisOptions> EngineOptions = analysisOptionsFrom(Check, Text, Error);
  if (!EngineOptions) {
    configurationDiag("%0", DiagnosticIDs::Error) << Error;
    Valid = false;
  }
  std::optional<bool> Report = parseBoolOption(ReportSkipped);
  if (!Report) {
    configurationDiag("%0", DiagnosticIDs::Error)
        << invalidOptionMessage(Check, "ReportSkipped", ReportSkipped, "true or false");
    Valid = false;
  }
  auto Loaded = loadRulePacks(Packs, resolveRuleFiles(RuleFiles, CurrentFile));
  if (!Loaded) {
    configurationDiag("%0", DiagnosticIDs::Error) << llvm::toString(Loaded.takeError());
    Valid = false;
  }
  if (!Valid)
    return nullptr;
  ReportSkippedFunctions = *Report;
  auto Engine = std::make_unique<Analyzer>(std::move(*Loaded), *EngineOptions);
  if (!useSummaries(*Engine))
    return nullptr;
  return Engine;
}

void TxscopeCheck::registerMatchers(MatchFinder *Finder) {
  // Loaded here rather than in the constructor: clang-tidy also constructs
  // checks for --list-checks and --dump-config, where no diagnostics can be
  // reported.
  Engine = loadEngine();
  if (!Engine)
    return;
  // Only function definitions reach the engine, which skips bodies that
  // begin no transaction before it builds any CFG.
  Finder->addMatcher(functionDecl(isDefinition(), unless(isExpansionInSystemHeader())).bind("fn"),
                     this);
  Finder->addMatcher(lambdaExpr(unless(isExpansionInSystemHeader())).bind("lambda"), this);
  // (Only to know the unit at its end, where the summaries are exchanged.)
  if (SummaryExchange::forThisThread())
    Finder->addMatcher(translationUnitDecl().bind("unit"), this);
}

void TxscopeCheck::check(const MatchFinder::MatchResult &Result) {
  Unit = Result.Context;
  const FunctionDecl *Fn = Result.Nodes.getNodeAs<FunctionDecl>("fn");
  if (const auto *Lambda = Result.Nodes.getNodeAs<LambdaExpr>("lambda"))
    Fn = Lambda->getCallOperator();
  if (!Fn || !Analysed.insert(Fn).second)
    return;
  std::vector<Finding> Findings = Engine->analyzeFunction(*Fn, *Result.Context);
  for (Finding &F : Findings) {
    // (The analyzer computes only this check's findings; another check's
    // would be reported twice, under the wrong name.)
    if (F.Check == Check && Reported.insert(F.key()).second) {
      diag(F.Loc, "%0") << F.Message;
      for (const Note &N : F.Notes)
        diag(N.Loc, "%0", DiagnosticIDs::Note) << N.Message;
    } // (else another instantiation of the same template said it already)
    // clang-tidy keeps its own copy: a function with thousands of findings
    // would otherwise hold both at once.
    F = Finding();
  }
  for (const SkippedFunction &S : Engine->takeSkipped())
    if (ReportSkippedFunctions)
      diag(S.Loc, "function '%0' was not analysed: %1", DiagnosticIDs::Remark) << S.Name << S.Reason;
}

} // namespace txscope
