//===- Runners.cpp - Run the check on a test input, two ways --------------===//
#include "Runners.h"
#include "RunProgram.h"
#include "Analyzer.h"
#include "CheckOptions.h"
#include "RuleFilePaths.h"
#include "RuleSet.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Frontend/TextDiagnosticPrinter.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"
#include <regex>
#include <sstream>

namespace txscope {
namespace testing {

namespace {

std::string option(const CaseFile &Case, const std::string &Name, const std::string &Default) {
  auto It = Case.CheckOptions.find(Name);
  return It == Case.CheckOptions.end() ? Default : It->second;
}

/// Runs the engine over the translation unit and keeps what lands in the file.
class EngineAction : public clang::ASTFrontendAction {
public:
  EngineAction(Analyzer &Engine, RunResult &Result, std::string File)
      : Engine(Engine), Result(Result), File(std::move(File)) {}

  std::unique_ptr<clang::ASTConsumer> CreateASTConsumer(clang::CompilerInstance &,
                                                        llvm::StringRef) override {
    struct Consumer : clang::ASTConsumer {
      EngineAction &Action;
      explicit Consumer(EngineAction &A) : Action(A) {}
      void HandleTranslationUnit(clang::ASTContext &Ctx) override { Action.collect(Ctx); }
    };
    return std::make_unique<Consumer>(*this);
  }

  void collect(clang::ASTContext &Ctx) {
    const clang::SourceManager &SM = Ctx.getSourceManager();
    auto Record = [&](clang::SourceLocation Loc, const char *Severity, const std::string &Msg) {
      clang::PresumedLoc P = SM.getPresumedLoc(SM.getSpellingLoc(Loc));
      if (P.isInvalid() || P.getFilename() != File)
        return;
      Result.Diagnostics.push_back({P.getLine(), P.getColumn(), Severity, Msg});
    };
    for (const Finding &F : Engine.analyzeTranslationUnit(Ctx)) {
      // As clang-tidy prints it, less the first check's name (CaseFile.h).
      std::string Message = F.Message;
      if (F.Check != CheckId::TaskOutlivesTransaction)
        Message += std::string(" [") + checkName(F.Check) + "]";
      Record(F.Loc, "warning", Message);
      for (const Note &N : F.Notes)
        Record(N.Loc, "note", N.Message);
    }
  }

private:
  Analyzer &Engine;
  RunResult &Result;
  std::string File;
};

class EngineActionFactory : public clang::tooling::FrontendActionFactory {
public:
  EngineActionFactory(Analyzer &Engine, RunResult &Result, std::string File)
      : Engine(Engine), Result(Result), File(std::move(File)) {}
  std::unique_ptr<clang::FrontendAction> create() override {
    return std::make_unique<EngineAction>(Engine, Result, File);
  }

private:
  Analyzer &Engine;
  RunResult &Result;
  std::string File;
};

} // namespace

RunResult runEngine(const CaseFile &Case, const std::string &ResourceDir, bool SplitRegions) {
  RunResult Result;
  auto Packs = loadRulePacks(option(Case, "Packs", "all"),
                             resolveRuleFiles(option(Case, "RuleFiles", ""), Case.Path));
  if (!Packs) {
    Result.Failure = llvm::toString(Packs.takeError());
    return Result;
  }
  // The case's options hold for every check; read as the first check's.
  std::string Error;
  std::optional<AnalysisOptions> Parsed = analysisOptionsFrom(
      CheckId::TaskOutlivesTransaction,
      [&](llvm::StringRef Name, llvm::StringRef Default) {
        return option(Case, Name.str(), Default.str());
      },
      Error);
  if (!Parsed) {
    Result.Failure = Error;
    return Result;
  }
  AnalysisOptions Options = *Parsed;
  for (CheckId Check : AllChecks)
    setCheckEnabled(Options, Check, Case.Checks.empty());
  for (const std::string &Name : Case.Checks) {
    std::optional<CheckId> Check = checkNamed(Name);
    if (!Check) {
      Result.Failure = Case.Path + ": unknown check '" + Name + "' in txscope-checks";
      return Result;
    }
    setCheckEnabled(Options, *Check, true);
  }
  Options.SplitRegions = SplitRegions;
  Analyzer Engine(std::move(*Packs), Options);

  std::vector<std::string> Args = Case.CompilerArgs;
  Args.push_back("-resource-dir=" + ResourceDir);
  clang::tooling::FixedCompilationDatabase Db(".", Args);
  clang::tooling::ClangTool Tool(Db, {Case.Path});
  std::string Errors;
  llvm::raw_string_ostream ErrorStream(Errors);
#if TXSCOPE_LLVM_MAJOR >= 21
  clang::DiagnosticOptions DiagOpts;
  clang::TextDiagnosticPrinter Printer(ErrorStream, DiagOpts);
#else
  clang::TextDiagnosticPrinter Printer(ErrorStream, new clang::DiagnosticOptions());
#endif
  Tool.setDiagnosticConsumer(&Printer);
  EngineActionFactory Factory(Engine, Result, Case.Path);
  if (Tool.run(&Factory) != 0)
    Result.Failure = "the file did not compile:\n" + ErrorStream.str();
  return Result;
}

/// clang-tidy's --config value carrying the case's check options, for
/// every check.
static std::string tidyConfig(const CaseFile &Case) {
  std::string Config = "{CheckOptions: [";
  bool First = true;
  for (CheckId Check : AllChecks)
    for (const auto &Option : Case.CheckOptions) {
      Config += std::string(First ? "" : ", ") + "{key: " + checkName(Check) + "." +
                Option.first + ", value: '" + Option.second + "'}";
      First = false;
    }
  return Config + "]}";
}

RunResult runClangTidy(const CaseFile &Case, const std::string &ClangTidy,
                       const std::string &Plugin) {
  RunResult Result;
  std::string Checks = "--checks=-*";
  for (const std::string &Name : Case.Checks)
    Checks += "," + Name;
  if (Case.Checks.empty())
    Checks += ",txscope-*";
  std::vector<std::string> Argv = {ClangTidy, "--load=" + Plugin, Checks};
  // Without options of its own, a case is configured by the .clang-tidy
  // files above it, as a user's file would be.
  if (!Case.CheckOptions.empty())
    Argv.push_back("--config=" + tidyConfig(Case));
  Argv.push_back(Case.Path);
  Argv.push_back("--");
  Argv.insert(Argv.end(), Case.CompilerArgs.begin(), Case.CompilerArgs.end());
  ProgramResult Run = runProgram(ClangTidy, Argv, /*Seconds=*/600, /*MergeErrIntoOut=*/false,
                                 /*HostsPlugin=*/true);
  const std::string &Out = Run.Out, &Err = Run.Err;
  if (Run.Status != 0) {
    Result.Failure = "clang-tidy exited with " + std::to_string(Run.Status) + " " + Run.ExecError +
                     "\n" + Out + Err;
    return Result;
  }
  static const std::regex Line(R"(^(.*):(\d+):(\d+): (warning|note|error): (.*)$)");
  std::istringstream Stream(Out);
  for (std::string Text; std::getline(Stream, Text);) {
    std::smatch M;
    if (!std::regex_match(Text, M, Line) || M[1].str() != Case.Path)
      continue;
    if (M[4] == "error") {
      Result.Failure += Text + "\n";
      continue;
    }
    // The first check's name is left out (CaseFile.h); the others' stay.
    std::string Message = M[5].str();
    const std::string Suffix = " [txscope-task-outlives-transaction]";
    if (M[4] == "warning" && Message.size() >= Suffix.size() &&
        Message.compare(Message.size() - Suffix.size(), Suffix.size(), Suffix) == 0)
      Message.resize(Message.size() - Suffix.size());
    Result.Diagnostics.push_back({unsigned(std::stoul(M[2].str())), unsigned(std::stoul(M[3].str())),
                                  M[4].str(), Message});
  }
  return Result;
}

} // namespace testing
} // namespace txscope
