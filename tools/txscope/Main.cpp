//===- Main.cpp - txscope: the checks over a compilation database ---------===//
//
//   txscope [-p BUILD_DIR] [FILES...] [--format text|json|sarif|github] [-o FILE]
//           [-j N] [--checks GLOBS] [--config YAML]
//           [--baseline FILE | --write-baseline FILE]
//           [--diff-base REV | --diff-file FILE] [--shard I/N] [--keep-going]
//           [--quiet] [--summaries FILE] [--write-summaries FILE]
//           [--cache-dir DIR | --no-cache] [--no-summaries]
//   txscope merge A.sarif B.sarif ... [-o FILE]
//   txscope merge-summaries A.json B.json ... -o FILE
//   txscope --list-packs | --version
//
// Exit status: 0 no findings, 1 findings, 2 usage or configuration error,
// 3 a translation unit could not be analysed.
//
//===----------------------------------------------------------------------===//
#include "Baseline.h"
#include "DiffFilter.h"
#include "Formats.h"
#include "JsonNesting.h"
#include "PackList.h"
#include "Paths.h"
#include "TidyRunner.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/CommonOptionsParser.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Threading.h"
#include <thread>

using namespace txscope::cli;
namespace cl = llvm::cl;

namespace {
enum ExitCode { Clean = 0, Findings = 1, UsageError = 2, AnalysisFailed = 3 };

cl::OptionCategory Category("txscope options");
cl::list<std::string> Files(cl::Positional, cl::desc("[FILES...]"), cl::cat(Category));
cl::opt<std::string> BuildDir("p", cl::desc("Build directory holding compile_commands.json "
                                             "(default: searched upward from the first file, or the current directory)"),
                              cl::value_desc("dir"), cl::cat(Category));
cl::opt<Format> OutputFormat("format", cl::desc("Output format"), cl::init(Format::Text),
                             cl::values(clEnumValN(Format::Text, "text", "clang-style diagnostics (default)"),
                                        clEnumValN(Format::Json, "json", "JSON"),
                                        clEnumValN(Format::Sarif, "sarif", "SARIF 2.1.0"),
                                        clEnumValN(Format::Github, "github", "GitHub Actions annotations")),
                             cl::cat(Category));
cl::opt<std::string> OutputFile("o", cl::desc("Write the report to <file> instead of stdout"),
                                cl::value_desc("file"), cl::cat(Category));
cl::opt<unsigned> Jobs("j", cl::desc("Translation units analysed in parallel (default: cores)"),
                       cl::init(0), cl::Prefix, cl::cat(Category));
cl::opt<std::string> Checks("checks", cl::desc("clang-tidy check globs applied after 'txscope-*' "
                                               "(every txscope check runs by default): "
                                               "'-txscope-concurrent-transaction-use' runs only "
                                               "txscope-task-outlives-transaction"),
                            cl::value_desc("globs"), cl::cat(Category));
cl::opt<std::string> Config("config", cl::desc("clang-tidy configuration in YAML, used instead of .clang-tidy files"),
                            cl::cat(Category));
cl::opt<std::string> ConfigFile("config-file", cl::desc("Read the configuration from <file> (a .clang-tidy file)"),
                                cl::value_desc("file"), cl::cat(Category));
cl::opt<std::string> HeaderFilter("header-filter", cl::desc("Report findings in headers matching <regex> (default: all non-system headers)"),
                                  cl::init(".*"), cl::value_desc("regex"), cl::cat(Category));
cl::list<std::string> ExtraArgs("extra-arg", cl::desc("Additional compiler argument"), cl::cat(Category));
cl::opt<std::string> BaselineFile("baseline", cl::desc("Report only findings not recorded in <file>"),
                                  cl::value_desc("file"), cl::cat(Category));
cl::opt<std::string> WriteBaselineFile("write-baseline", cl::desc("Record today's findings in <file>"),
                                       cl::value_desc("file"), cl::cat(Category));
cl::opt<std::string> DiffBase("diff-base", cl::desc("Report only findings on lines changed since git revision <rev>"),
                              cl::value_desc("rev"), cl::cat(Category));
cl::opt<std::string> DiffFile("diff-file", cl::desc("Report only findings on lines a unified diff <file> adds ('-': stdin)"),
                              cl::value_desc("file"), cl::cat(Category));
cl::opt<std::string> Shard("shard", cl::desc("Analyse shard I of N (1 <= I <= N) of the translation units"),
                           cl::value_desc("I/N"), cl::cat(Category));
cl::opt<bool> KeepGoing("keep-going", cl::desc("Go on after a translation unit fails to compile "
                                               "(the exit status is still 3)"),
                        cl::cat(Category));
cl::opt<bool> Verbose("verbose", cl::desc("Also list the functions each check skipped as too "
                                          "large to analyse within limits (StepBudget)"),
                       cl::cat(Category));
cl::opt<bool> Quiet("quiet", cl::desc("No progress line on stderr (shown only on a terminal anyway)"),
                    cl::cat(Category));
cl::opt<bool> ListPacks("list-packs", cl::desc("List the built-in rule packs and what each models, then exit"),
                        cl::cat(Category));
cl::opt<std::string> SummariesFile("summaries", cl::desc("Read the summaries of units this run does not analyse "
                                                       "from <file> (written by --write-summaries)"),
                                   cl::value_desc("file"), cl::cat(Category));
cl::opt<std::string> WriteSummariesFile("write-summaries", cl::desc("Write the summaries of every unit's functions and "
                                                                    "classes to <file> (for --summaries, the plugin's "
                                                                    "Summaries option and clangd-txscope)"),
                                        cl::value_desc("file"), cl::cat(Category));
cl::opt<std::string> CacheDir("cache-dir", cl::desc("Keep each unit's results, by content, in <dir> "
                                                    "(default: .txscope beside compile_commands.json); "
                                                    "the run's summaries go to <dir>/summaries.json"),
                              cl::value_desc("dir"), cl::cat(Category));
cl::opt<bool> NoCache("no-cache", cl::desc("Neither read nor write the cache"), cl::cat(Category));
cl::opt<bool> NoSummaries("no-summaries", cl::desc("Analyse each unit alone, without the summaries of "
                                                   "the others (as the clang-tidy plugin does without "
                                                   "its Summaries option); no cache"),
                          cl::cat(Category));
cl::opt<std::string> SourceRoot("root", cl::desc("Directory report paths are relative to "
                                                 "(default: the git work tree, or the current directory)"),
                                cl::value_desc("dir"), cl::cat(Category));

int usageError(const llvm::Twine &Message) {
  llvm::errs() << "txscope: error: " << Message << "\n";
  return UsageError;
}

std::string absolutePath(llvm::StringRef Path) {
  llvm::SmallString<256> Abs(Path);
  llvm::sys::fs::make_absolute(Abs);
  llvm::sys::path::remove_dots(Abs, /*remove_dot_dot=*/true);
  return Abs.str().str();
}

/// The output stream (-o or stdout); null after reporting why not.
std::unique_ptr<llvm::raw_fd_ostream> openOutput() {
  std::error_code EC;
  auto OS = std::make_unique<llvm::raw_fd_ostream>(OutputFile.empty() ? "-" : OutputFile.getValue(), EC);
  if (EC) {
    usageError("cannot write '" + OutputFile + "': " + EC.message());
    return nullptr;
  }
  return OS;
}

llvm::Expected<std::string> readFileOrStdin(llvm::StringRef Path) {
  auto Buffer = llvm::MemoryBuffer::getFileOrSTDIN(Path);
  if (!Buffer)
    return llvm::createStringError(Buffer.getError(), "cannot read '%s': %s", Path.str().c_str(),
                                   Buffer.getError().message().c_str());
  return (*Buffer)->getBuffer().str();
}

/// The arguments of a merging subcommand (`txscope NAME A B ... -o FILE`):
/// false after reporting a usage error (\p Usage says the right one).
bool mergeArguments(int Argc, const char **Argv, bool NeedsOutput, llvm::StringRef Usage,
                    std::vector<std::string> &Inputs, std::string &Out) {
  for (int I = 2; I < Argc; ++I) {
    llvm::StringRef Arg = Argv[I];
    if (Arg == "-o" && I + 1 < Argc)
      Out = Argv[++I];
    else if (Arg.consume_front("-o"))
      Out = Arg.str();
    else if (Arg.size() > 1 && Arg.front() == '-') {
      usageError("unknown option '" + Arg + "' for 'txscope " + Argv[1] + "' (usage: " + Usage + ")");
      return false;
    } else {
      Inputs.push_back(Arg.str());
    }
  }
  if (Inputs.empty() || (NeedsOutput && Out.empty())) {
    usageError("usage: " + Usage);
    return false;
  }
  return true;
}

int runMerge(int Argc, const char **Argv) {
  std::vector<std::string> Inputs;
  std::string Out;
  if (!mergeArguments(Argc, Argv, /*NeedsOutput=*/false, "txscope merge A.sarif B.sarif ... [-o FILE]",
                      Inputs, Out))
    return UsageError;
  std::vector<llvm::json::Value> Logs;
  for (const std::string &Input : Inputs) {
    auto Text = readFileOrStdin(Input);
    if (!Text)
      return usageError(llvm::toString(Text.takeError()));
    if (!txscope::nestingWithin(*Text))
      return usageError(Input + ": not a SARIF log: nested too deep");
    auto Parsed = llvm::json::parse(*Text);
    if (!Parsed)
      return usageError(Input + ": invalid JSON: " + llvm::toString(Parsed.takeError()));
    Logs.push_back(std::move(*Parsed));
  }
  auto Merged = mergeSarif(std::move(Logs));
  if (!Merged)
    return usageError(llvm::toString(Merged.takeError()));
  OutputFile = Out;
  auto OS = openOutput();
  if (!OS)
    return UsageError;
  *OS << llvm::formatv("{0:2}", *Merged) << "\n";
  return Clean;
}

/// txscope merge-summaries A B ... -o FILE: one summary file from the
/// partial files of shards (the same whatever their order).
int runMergeSummaries(int Argc, const char **Argv) {
  std::vector<std::string> Inputs;
  std::string Out;
  if (!mergeArguments(Argc, Argv, /*NeedsOutput=*/true, "txscope merge-summaries A.json B.json ... -o FILE",
                      Inputs, Out))
    return UsageError;
  txscope::SummarySet Merged;
  for (const std::string &Input : Inputs) {
    auto Set = txscope::SummarySet::readFile(Input);
    if (!Set)
      return usageError(llvm::toString(Set.takeError()));
    Merged.merge(*Set);
  }
  if (llvm::Error E = Merged.writeFile(Out))
    return usageError(llvm::toString(std::move(E)));
  return Clean;
}

/// The directory holding the compilation database: -p, else the nearest
/// one holding compile_commands.json above the first file (or the current
/// directory), as clang-tidy searches.
std::string databaseDirectory() {
  if (!BuildDir.empty())
    return absolutePath(BuildDir);
  std::string Start = absolutePath(Files.empty() ? "." : llvm::sys::path::parent_path(Files.front()));
  for (llvm::StringRef Dir = Start; !Dir.empty(); Dir = llvm::sys::path::parent_path(Dir)) {
    llvm::SmallString<256> Candidate(Dir);
    llvm::sys::path::append(Candidate, "compile_commands.json");
    if (llvm::sys::fs::exists(Candidate))
      return Dir.str();
  }
  return Start;
}

/// The compilation database: -p, else searched upward from the first file
/// (or the current directory), as clang-tidy does.
std::unique_ptr<clang::tooling::CompilationDatabase> loadDatabase(std::string &Error) {
  std::unique_ptr<clang::tooling::CompilationDatabase> DB;
  if (!BuildDir.empty())
    DB = clang::tooling::CompilationDatabase::autoDetectFromDirectory(BuildDir, Error);
  else if (!Files.empty())
    DB = clang::tooling::CompilationDatabase::autoDetectFromSource(absolutePath(Files.front()), Error);
  else
    DB = clang::tooling::CompilationDatabase::autoDetectFromDirectory(absolutePath("."), Error);
  if (!DB)
    return nullptr;
  // Headers and new files borrow the command of a similar file.
  DB = clang::tooling::inferMissingCompileCommands(std::move(DB));
  auto Adjusted = std::make_unique<clang::tooling::ArgumentsAdjustingCompilations>(std::move(DB));
  std::vector<std::string> Extra(ExtraArgs.begin(), ExtraArgs.end());
  // Builtin headers (stddef.h, ...) come from the LLVM this was built with.
  Extra.push_back("-resource-dir=" TXSCOPE_RESOURCE_DIR);
  // (Also keeps the frontend from printing "N warnings generated.")
  Extra.push_back("-fno-caret-diagnostics");
  Adjusted->appendArgumentsAdjuster(
      clang::tooling::getInsertArgumentAdjuster(Extra, clang::tooling::ArgumentInsertPosition::END));
  return Adjusted;
}

/// Selects shard "I/N" of \p All (sorted): every N-th file from the I-th.
llvm::Expected<std::vector<std::string>> selectShard(std::vector<std::string> All) {
  if (Shard.empty())
    return All;
  unsigned Index = 0, Count = 0;
  auto Parts = llvm::StringRef(Shard).split('/');
  if (Parts.first.getAsInteger(10, Index) || Parts.second.getAsInteger(10, Count) || Count == 0 ||
      Index == 0 || Index > Count)
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "invalid --shard '%s': expected I/N with 1 <= I <= N", Shard.c_str());
  std::sort(All.begin(), All.end());
  std::vector<std::string> Mine;
  for (size_t I = Index - 1; I < All.size(); I += Count)
    Mine.push_back(All[I]);
  return Mine;
}

} // namespace

int main(int Argc, const char **Argv) {
  if (Argc > 1 && llvm::StringRef(Argv[1]) == "merge")
    return runMerge(Argc, Argv);
  if (Argc > 1 && llvm::StringRef(Argv[1]) == "merge-summaries")
    return runMergeSummaries(Argc, Argv);
  cl::HideUnrelatedOptions(Category);
  cl::SetVersionPrinter([](llvm::raw_ostream &OS) {
    OS << "txscope " TXSCOPE_VERSION " (LLVM " << TXSCOPE_LLVM_MAJOR << "; the plugin loads into clang-tidy-"
       << TXSCOPE_LLVM_MAJOR << ")\n";
  });
  std::string ParseErrors;
  llvm::raw_string_ostream ParseErrorStream(ParseErrors);
  if (!cl::ParseCommandLineOptions(Argc, Argv,
                                   "txscope: finds asynchronous tasks that can outlive the database "
                                   "transaction they were started in "
                                   "(txscope-task-outlives-transaction) and executions that may use "
                                   "one transaction or connection at the same time "
                                   "(txscope-concurrent-transaction-use).\n\n"
                                   "  txscope merge A.sarif B.sarif ... [-o FILE]  merges shard reports\n"
                                   "  txscope merge-summaries A.json B.json ... -o FILE  merges shard summaries\n",
                                   &ParseErrorStream)) {
    llvm::errs() << ParseErrorStream.str();
    return UsageError;
  }
  if (ListPacks) {
    if (llvm::Error E = listPacks(llvm::outs()))
      return usageError(llvm::toString(std::move(E)));
    return Clean;
  }
  if (!BaselineFile.empty() && !WriteBaselineFile.empty())
    return usageError("--baseline and --write-baseline cannot be used together");
  if (!DiffBase.empty() && !DiffFile.empty())
    return usageError("--diff-base and --diff-file cannot be used together");
  if (!Config.empty() && !ConfigFile.empty())
    return usageError("--config and --config-file cannot be used together");
  if (NoCache && !CacheDir.empty())
    return usageError("--cache-dir and --no-cache cannot be used together");
  if (NoSummaries && (!SummariesFile.empty() || !WriteSummariesFile.empty()))
    return usageError("--no-summaries cannot be used with --summaries or --write-summaries");

  // Paths the user gave, as they meant them: before anything can move the
  // working directory.
  for (cl::opt<std::string> *Path : {&OutputFile, &WriteSummariesFile, &WriteBaselineFile})
    if (!Path->empty() && Path->getValue() != "-")
      *Path = absolutePath(*Path);
  std::string Root = absolutePath(SourceRoot.empty() ? defaultSourceRoot() : SourceRoot.getValue());
  RunOptions Options;
  Options.HeaderFilter = HeaderFilter;
  Options.Checks = Checks;
  Options.KeepGoing = KeepGoing;
  Options.Verbose = Verbose;
  Options.Jobs = Jobs ? Jobs.getValue() : std::max(1u, std::thread::hardware_concurrency());
  if (!Config.empty())
    Options.Config = Config.getValue();
  if (!ConfigFile.empty()) {
    auto Text = readFileOrStdin(ConfigFile);
    if (!Text)
      return usageError(llvm::toString(Text.takeError()));
    Options.Config = *Text;
  }

  // Read everything that can fail before the long analysis.
  std::set<std::string> Accepted;
  if (!BaselineFile.empty()) {
    auto Keys = readBaseline(BaselineFile);
    if (!Keys)
      return usageError(llvm::toString(Keys.takeError()));
    Accepted = std::move(*Keys);
  }
  std::optional<txscope::SummarySet> Imported;
  if (!SummariesFile.empty()) {
    auto Read = txscope::SummarySet::readFile(absolutePath(SummariesFile));
    if (!Read)
      return usageError(llvm::toString(Read.takeError()));
    Imported = std::move(*Read);
  }
  std::optional<ChangedLines> Changed;
  if (!DiffBase.empty() || !DiffFile.empty()) {
    auto Diff = DiffBase.empty() ? readFileOrStdin(DiffFile) : gitDiff(Root, DiffBase);
    if (!Diff)
      return usageError(llvm::toString(Diff.takeError()));
    auto Parsed = ChangedLines::parse(*Diff, Root, DiffBase.empty() ? DiffFile.getValue() : "git diff");
    if (!Parsed)
      return usageError(llvm::toString(Parsed.takeError()));
    Changed = std::move(*Parsed);
  }

  std::string DBError;
  auto DB = loadDatabase(DBError);
  if (!DB)
    return usageError("no compilation database: " + DBError +
                      " (pass -p BUILD_DIR holding compile_commands.json)");
  std::vector<std::string> Inputs;
  for (const std::string &File : Files)
    Inputs.push_back(absolutePath(File));
  if (Inputs.empty())
    Inputs = DB->getAllFiles();
  auto Selected = selectShard(std::move(Inputs));
  if (!Selected)
    return usageError(llvm::toString(Selected.takeError()));

  bool ShowProgress = !Quiet && llvm::sys::Process::StandardErrIsDisplayed() && Selected->size() > 1;
  if (ShowProgress)
    Options.Progress = [&](unsigned Done, unsigned Total, const std::string &File) {
      llvm::errs() << "\r\033[K[" << Done << "/" << Total << "] " << relativeTo(Root, File);
      if (Done == Total)
        llvm::errs() << "\r\033[K";
    };
  Options.CrossUnit = !NoSummaries;
  Options.Imported = Imported ? &*Imported : nullptr;
  if (!NoSummaries && !NoCache)
    Options.CacheDirectory = CacheDir.empty() ? databaseDirectory() + "/.txscope" : absolutePath(CacheDir);
  SourceText Sources;
  Report Result = analyse(*DB, *Selected, Options, Sources);
  if (Verbose && !NoSummaries)
    llvm::errs() << "txscope: " << Result.Parsed << " unit(s) analysed, " << Result.FromCache
                 << " from the cache, " << Result.AnalysedAgain
                 << " analysed again for summaries of other units\n";
  // The run's summaries: in the cache directory, for clangd-txscope, and
  // where --write-summaries says.
  for (const std::string &Target :
       {Options.CacheDirectory.empty() ? std::string() : Options.CacheDirectory + "/summaries.json",
        WriteSummariesFile.empty() ? std::string() : absolutePath(WriteSummariesFile)}) {
    if (Target.empty())
      continue;
    llvm::sys::fs::create_directories(llvm::sys::path::parent_path(Target));
    if (llvm::Error E = Result.Summaries.writeFile(Target))
      return usageError(llvm::toString(std::move(E)));
  }
  assignKeys(Result.Findings, Root, Sources);

  for (const std::string &E : Result.ConfigErrors)
    llvm::errs() << "txscope: configuration error: " << E << "\n";
  for (const std::string &S : Result.SkippedFunctions)
    llvm::errs() << "txscope: " << S << "\n";
  for (const FailedUnit &U : Result.Failures)
    llvm::errs() << "txscope: could not analyse " << relativeTo(Root, U.File) << ": " << U.Error << "\n";

  if (!WriteBaselineFile.empty()) {
    if (llvm::Error E = writeBaseline(WriteBaselineFile, Result.Findings, Root))
      return usageError(llvm::toString(std::move(E)));
    llvm::errs() << "txscope: recorded " << Result.Findings.size() << " finding(s) in " << WriteBaselineFile << "\n";
  }
  llvm::erase_if(Result.Findings, [&](const ReportedFinding &F) {
    return Accepted.count(F.Key) || (Changed && !Changed->touches(F));
  });

  auto OS = openOutput();
  if (!OS)
    return UsageError;
  switch (OutputFormat) {
  case Format::Text:
    writeText(*OS, Result, Root);
    break;
  case Format::Json:
    writeJson(*OS, Result, Root);
    break;
  case Format::Sarif:
    *OS << llvm::formatv("{0:2}", sarifLog(Result, Root)) << "\n";
    break;
  case Format::Github:
    writeGithub(*OS, Result, Root);
    break;
  }
  if (!Result.ConfigErrors.empty())
    return UsageError;
  if (!Result.Failures.empty())
    return AnalysisFailed;
  if (!WriteBaselineFile.empty())
    return Clean;
  return Result.Findings.empty() ? Clean : Findings;
}
