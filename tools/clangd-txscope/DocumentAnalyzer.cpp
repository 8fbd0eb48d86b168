//===- DocumentAnalyzer.cpp - txscope findings for an open document -------===//
#include "DocumentAnalyzer.h"
#include "Analyzer.h"
#include "CheckOptions.h"
#include "Nolint.h"
#include "RuleFilePaths.h"
#include "RuleSet.h"
#include "TextEdits.h"
#include "Uri.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "clang-tidy/GlobList.h"
#include "clang/Lex/Lexer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/VirtualFileSystem.h"

namespace txscope::lsp {
using namespace clang;

std::pair<const tooling::CompilationDatabase *, std::string>
DocumentAnalyzer::database(const std::string &Path) {
  auto Load = [&](const std::string &Dir) -> const tooling::CompilationDatabase * {
    auto Known = Databases.find(Dir);
    if (Known != Databases.end())
      return Known->second.get();
    std::string Error;
    auto DB = tooling::CompilationDatabase::loadFromDirectory(Dir, Error);
    if (!DB)
      return nullptr; // looked for again next time: it may appear
    return (Databases[Dir] = tooling::inferMissingCompileCommands(std::move(DB))).get();
  };
  if (CompileCommandsDir)
    return {Load(*CompileCommandsDir), *CompileCommandsDir};
  // As CompilationDatabase::autoDetectFromSource searches, keeping the directory.
  for (llvm::StringRef Dir = llvm::sys::path::parent_path(Path); !Dir.empty();
       Dir = llvm::sys::path::parent_path(Dir))
    if (const tooling::CompilationDatabase *DB = Load(Dir.str()))
      return {DB, Dir.str()};
  return {nullptr, ""};
}

static std::vector<std::string> compileCommand(const tooling::CompilationDatabase *DB,
                                               const std::string &Path) {
  std::vector<std::string> Command;
  if (DB) {
    auto Commands = DB->getCompileCommands(Path);
    if (!Commands.empty())
      Command = Commands.front().CommandLine;
  }
  if (Command.empty()) // clangd's fallback
    Command = {"clang++", "-xc++", Path};
  // Builtin headers of the LLVM this was built with.
  Command.insert(Command.begin() + 1, "-resource-dir=" TXSCOPE_RESOURCE_DIR);
  return Command;
}

const std::vector<RulePack> *DocumentAnalyzer::packs(const std::string &PacksOption,
                                                      const std::vector<std::string> &Files,
                                                      std::string &Error) {
  std::string Key = PacksOption;
  for (const std::string &F : Files)
    Key += ";" + F;
  auto It = Packs.find(Key);
  if (It != Packs.end())
    return &It->second;
  auto Loaded = loadRulePacks(PacksOption, Files);
  if (!Loaded) {
    Error = llvm::toString(Loaded.takeError());
    return nullptr;
  }
  return &Packs.emplace(Key, std::move(*Loaded)).first->second;
}

std::vector<DocumentAnalyzer::EngineRun>
DocumentAnalyzer::configure(const std::string &Path, const std::string &DatabaseDir,
                            std::vector<CheckError> &Errors) {
  // Every txscope check is on unless the .clang-tidy files turn it off
  // (their Checks globs come after this one, as in clang-tidy).
  tidy::ClangTidyOptions Defaults = tidy::ClangTidyOptions::getDefaults();
  Defaults.Checks = "txscope-*";
  tidy::FileOptionsProvider Provider(tidy::ClangTidyGlobalOptions(), Defaults,
                                     tidy::ClangTidyOptions(), llvm::vfs::getRealFileSystem());
  tidy::ClangTidyOptions Options = Provider.getOptions(Path);
  tidy::GlobList Enabled(Options.Checks ? *Options.Checks : "txscope-*");
  std::vector<EngineRun> Runs;
  for (CheckId Check : AllChecks) {
    if (!Enabled.contains(checkName(Check)))
      continue;
    auto Get = [&](llvm::StringRef Name, llvm::StringRef Default) {
      auto It = Options.CheckOptions.find((llvm::Twine(checkName(Check)) + "." + Name).str());
      return It == Options.CheckOptions.end() ? Default.str() : It->second.Value;
    };
    std::string Error;
    std::optional<AnalysisOptions> Parsed = analysisOptionsFrom(Check, Get, Error);
    const std::vector<RulePack> *Rules =
        Parsed ? packs(Get("Packs", "all"), resolveRuleFiles(Get("RuleFiles", ""), Path), Error)
               : nullptr;
    // (Read again on every analysis: the file may have changed since.)
    std::optional<std::shared_ptr<const SummarySet>> Elsewhere =
        Rules ? Summaries.forCheck(Check, Path, Get("Summaries", ""), DatabaseDir, Error) : std::nullopt;
    if (!Elsewhere) {
      Errors.push_back({Check, Error});
      continue;
    }
    // Checks configured alike share one analyzer.
    auto Same = llvm::find_if(Runs, [&](const EngineRun &R) {
      return R.Packs == Rules && R.Options.StrictMode == Parsed->StrictMode &&
             R.Options.StepBudget == Parsed->StepBudget && R.Elsewhere == *Elsewhere;
    });
    if (Same == Runs.end())
      Runs.push_back({Rules, *Parsed, std::move(*Elsewhere)});
    else
      setCheckEnabled(Same->Options, Check, true);
  }
  return Runs;
}

namespace {
/// Turns source locations of one parse into LSP ranges.
struct Positions {
  const SourceManager &SM;
  const LangOptions &LangOpts;

  llvm::json::Object range(SourceLocation Loc) const {
    Loc = SM.getExpansionLoc(Loc);
    unsigned Line = SM.getSpellingLineNumber(Loc), Column = SM.getSpellingColumnNumber(Loc);
    bool Invalid = false;
    llvm::StringRef Buffer = SM.getBufferData(SM.getFileID(Loc), &Invalid);
    llvm::StringRef LineText;
    if (!Invalid) {
      size_t Start = SM.getFileOffset(Loc) - (Column - 1);
      LineText = Buffer.drop_front(Start).take_until([](char C) { return C == '\n'; });
    }
    unsigned Length = Lexer::MeasureTokenLength(Loc, SM, LangOpts);
    unsigned Begin = utf16Column(LineText, Column - 1);
    unsigned End = utf16Column(LineText, Column - 1 + std::max(Length, 1u));
    auto Pos = [&](unsigned Character) {
      return llvm::json::Object{{"line", Line - 1}, {"character", Character}};
    };
    return llvm::json::Object{{"start", Pos(Begin)}, {"end", Pos(End)}};
  }
  std::string uri(SourceLocation Loc) const {
    return pathToUri(SM.getFilename(SM.getExpansionLoc(Loc)).str());
  }
};
} // namespace

static llvm::json::Object diagnostic(llvm::json::Object Range, std::string Message, int Severity,
                                     llvm::StringRef Code) {
  return llvm::json::Object{{"range", std::move(Range)},
                            {"severity", Severity},
                            {"source", "txscope"},
                            {"code", Code},
                            {"message", std::move(Message)}};
}

llvm::json::Array DocumentAnalyzer::analyze(const std::string &Path, const std::string &Text) {
  llvm::json::Array Out;
  auto AtTop = [] {
    return llvm::json::Object{{"start", llvm::json::Object{{"line", 0}, {"character", 0}}},
                              {"end", llvm::json::Object{{"line", 0}, {"character", 0}}}};
  };
  std::vector<CheckError> Errors;
  auto [Database, DatabaseDir] = database(Path);
  std::vector<EngineRun> Runs = configure(Path, DatabaseDir, Errors);
  // A broken configuration: say so where the user looks (the check's
  // option names the check; the other checks still run).
  for (const CheckError &E : Errors)
    Out.push_back(diagnostic(AtTop(), "txscope configuration error: " + E.second, 1,
                             checkName(E.first)));
  if (Runs.empty())
    return Out;
  auto &Unit = Units[Path];
  std::vector<std::string> Command = compileCommand(Database, Path);
  if (!Unit || Unit->commandLine() != Command)
    Unit = std::make_unique<ParsedUnit>(Path, std::move(Command));
  std::string Error;
  ASTUnit *AST = Unit->parse(Text, Error);
  if (!AST) {
    Out.push_back(diagnostic(AtTop(), "txscope could not analyse this file: " + Error, 2,
                             checkName(*llvm::find_if(AllChecks, [&](CheckId C) {
                               return isCheckEnabled(Runs.front().Options, C);
                             }))));
    return Out;
  }
  ASTContext &Ctx = AST->getASTContext();
  std::vector<Decl *> MainFileDecls(AST->top_level_begin(), AST->top_level_end());
  Positions P{Ctx.getSourceManager(), Ctx.getLangOpts()};
  const SourceManager &SM = Ctx.getSourceManager();
  for (const EngineRun &Run : Runs) {
    Analyzer Engine(*Run.Packs, Run.Options); // per parse: it caches per-context state
    Engine.useSummaries(Run.Elsewhere.get()); // Run outlives Engine
    for (const Finding &F : Engine.analyzeDecls(MainFileDecls, Ctx)) {
      if (!isCheckEnabled(Run.Options, F.Check))
        continue;
      const char *Code = checkName(F.Check);
      SourceLocation Loc = SM.getExpansionLoc(F.Loc);
      if (!SM.isWrittenInMainFile(Loc) || isSuppressed(Text, SM.getSpellingLineNumber(Loc), Code))
        continue;
      llvm::json::Array Related;
      for (const Note &N : F.Notes)
        Related.push_back(llvm::json::Object{
            {"location", llvm::json::Object{{"uri", P.uri(N.Loc)}, {"range", P.range(N.Loc)}}},
            {"message", N.Message}});
      llvm::json::Object D = diagnostic(P.range(Loc), F.Message, 2, Code);
      D["relatedInformation"] = std::move(Related);
      Out.push_back(std::move(D));
    }
  }
  return Out;
}

} // namespace txscope::lsp
