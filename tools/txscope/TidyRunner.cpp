//===- TidyRunner.cpp - The txscope check over translation units ----------===//
#include "TidyRunner.h"
#include "CheckOptions.h"
#include "LiveSummaries.h"
#include "UnitCache.h"
#include "UnitOrder.h"
#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/VirtualFileSystem.h"
#include <atomic>
#include <map>
#include <mutex>
#include <set>
#include <thread>

namespace txscope::cli {
namespace tidy = clang::tidy;

namespace {
/// Makes each unit's options: .clang-tidy discovery, or the --config text
/// parsed once up front.
class OptionsSource {
public:
  /// Sets \p Error when --config is not a valid configuration.
  OptionsSource(const RunOptions &Options, std::string &Error) {
    Defaults = tidy::ClangTidyOptions::getDefaults();
    Defaults.Checks = "-*";
    // Appended to whatever the configuration enables: this command runs
    // every txscope check, or those --checks leaves on.
    Override.Checks = "txscope-*";
    if (!Options.Checks.empty())
      *Override.Checks += "," + Options.Checks;
    Override.HeaderFilterRegex = Options.HeaderFilter;
    if (Options.Verbose)
      for (CheckId Check : AllChecks)
        Override.CheckOptions[std::string(checkName(Check)) + ".ReportSkipped"] = {"true", 0};
    Fixed = *Override.Checks + "\n" + Options.HeaderFilter + "\n" + (Options.Verbose ? "verbose" : "");
    if (!Options.Config)
      return;
    Fixed += "\n" + *Options.Config;
    auto Parsed = tidy::parseConfiguration(llvm::MemoryBufferRef(*Options.Config, "--config"));
    if (!Parsed) {
      Error = "invalid --config: " + Parsed.getError().message();
      return;
    }
    Config = std::move(*Parsed);
  }

  std::unique_ptr<tidy::ClangTidyOptionsProvider> provider() const {
    if (!Config)
      return std::make_unique<tidy::FileOptionsProvider>(tidy::ClangTidyGlobalOptions(), Defaults,
                                                         Override, llvm::vfs::getRealFileSystem());
    return std::make_unique<tidy::ConfigOptionsProvider>(tidy::ClangTidyGlobalOptions(), Defaults,
                                                         *Config, Override);
  }

  /// The text of the configuration \p File is checked with: this command's
  /// options and --config, else every .clang-tidy file above it.
  std::string text(llvm::StringRef File) const {
    std::string Out = Fixed;
    if (Config)
      return Out;
    for (llvm::StringRef Dir = llvm::sys::path::parent_path(File); !Dir.empty();
         Dir = llvm::sys::path::parent_path(Dir)) {
      llvm::SmallString<256> Path(Dir);
      llvm::sys::path::append(Path, ".clang-tidy");
      if (auto Buffer = llvm::MemoryBuffer::getFile(Path))
        Out += "\n" + Path.str().str() + "\n" + (*Buffer)->getBuffer().str();
    }
    return Out;
  }

private:
  tidy::ClangTidyOptions Defaults, Override;
  std::optional<tidy::ClangTidyOptions> Config;
  std::string Fixed;
};

Location locate(const clang::tooling::DiagnosticMessage &M, SourceText &Sources) {
  Location L;
  L.File = M.FilePath;
  std::tie(L.Line, L.Column) = Sources.lineColumn(M.FilePath, M.FileOffset);
  return L;
}

std::string describe(const clang::tooling::DiagnosticMessage &M, llvm::StringRef Severity,
                     SourceText &Sources) {
  Location L = locate(M, Sources);
  if (L.File.empty())
    return M.Message;
  return L.File + ":" + std::to_string(L.Line) + ":" + std::to_string(L.Column) + ": " +
         Severity.str() + ": " + M.Message;
}

/// What clang-tidy's diagnostics for unit \p File say, into \p Out.
void record(const std::vector<tidy::ClangTidyError> &Errors, SourceText &Sources, UnitResult &Out) {
  for (const tidy::ClangTidyError &E : Errors) {
    llvm::StringRef Name = E.DiagnosticName;
    if (Name == "clang-tidy-config") {
      Out.ConfigErrors.push_back(E.Message.Message);
      continue;
    }
    if (E.DiagLevel == tidy::ClangTidyError::Remark) {
      // Each check skips (and names) the functions too large for its own
      // budget; clang-tidy merges the checks' identical remarks into one
      // with the others as aliases.
      std::vector<std::string> Checks = E.EnabledDiagnosticAliases;
      Checks.insert(Checks.begin(), E.DiagnosticName);
      for (const std::string &Check : Checks)
        Out.SkippedFunctions.push_back(describe(E.Message, "note", Sources) + " [" + Check + "]");
      continue;
    }
    if (Name.take_front(17) == "clang-diagnostic-") {
      if (E.DiagLevel == tidy::ClangTidyError::Error && !Out.Failure)
        Out.Failure = describe(E.Message, "error", Sources);
      continue;
    }
    ReportedFinding F;
    F.CheckName = E.DiagnosticName;
    F.Loc = locate(E.Message, Sources);
    F.Message = E.Message.Message;
    for (const clang::tooling::DiagnosticMessage &N : E.Notes)
      F.Notes.push_back({locate(N, Sources), N.Message});
    Out.Findings.push_back(std::move(F));
  }
}

/// The units' results as one report: a header's finding is seen from every
/// unit that includes it, a configuration error from every unit.
Report assemble(const std::vector<UnitResult> &Units) {
  Report Out;
  std::set<std::tuple<std::string, std::string, unsigned, unsigned, std::string>> Seen;
  std::set<std::string> ConfigSeen, SkippedSeen;
  for (const UnitResult &Unit : Units) {
    if (Unit.Failure)
      Out.Failures.push_back({Unit.File, *Unit.Failure});
    for (const std::string &E : Unit.ConfigErrors)
      if (ConfigSeen.insert(E).second)
        Out.ConfigErrors.push_back(E);
    for (const std::string &S : Unit.SkippedFunctions)
      if (SkippedSeen.insert(S).second)
        Out.SkippedFunctions.push_back(S);
    for (const ReportedFinding &F : Unit.Findings)
      if (Seen.insert({F.CheckName, F.Loc.File, F.Loc.Line, F.Loc.Column, F.Message}).second)
        Out.Findings.push_back(F);
  }
  std::sort(Out.Findings.begin(), Out.Findings.end(),
            [](const ReportedFinding &A, const ReportedFinding &B) { return A.Loc < B.Loc; });
  return Out;
}

/// Runs \p Work on indices 0..Count-1 over \p Jobs threads until \p Stop.
void inParallel(size_t Count, unsigned Jobs, std::atomic<bool> &Stop,
                const std::function<void(size_t)> &Work) {
  std::atomic<size_t> Next{0};
  auto Worker = [&] {
    for (size_t I; !Stop && (I = Next++) < Count;)
      Work(I);
  };
  std::vector<std::thread> Workers;
  Jobs = std::max<unsigned>(1, std::min<size_t>(Jobs, Count));
  for (unsigned J = 1; J < Jobs; ++J)
    Workers.emplace_back(Worker);
  Worker();
  for (std::thread &W : Workers)
    W.join();
}

/// Whether a summary \p Unit looked up is not what \p Now says any more.
bool consultedChanged(const UnitResult &Unit, const SummarySource &Now) {
  for (const auto &Entry : Unit.Consulted)
    if (fingerprintOf(Now, Entry.first) != Entry.second)
      return true;
  return false;
}
} // namespace

Report analyse(const clang::tooling::CompilationDatabase &DB, const std::vector<std::string> &Files,
               const RunOptions &Options, SourceText &Sources) {
  std::string ConfigError;
  OptionsSource Configuration(Options, ConfigError);
  if (!ConfigError.empty()) {
    Report Out;
    Out.ConfigErrors.push_back(ConfigError);
    return Out;
  }
  std::vector<UnitResult> Units(Files.size());
  LiveSummaries Live(Options.Imported, std::set<std::string>(Files.begin(), Files.end()));
  std::optional<UnitCache> Cache;
  if (Options.CrossUnit && !Options.CacheDirectory.empty())
    Cache.emplace(Options.CacheDirectory);
  std::vector<std::string> Identities(Files.size());
  std::atomic<bool> Stop{false};
  std::mutex ProgressLock;
  unsigned Done = 0;

  auto Analyse = [&](size_t I) {
    UnitResult Result;
    Result.File = Files[I];
    tidy::ClangTidyContext Context(Configuration.provider());
    // A file system of its own: clang's tool driver changes into each
    // command's directory, and the process-wide one would change every
    // thread's (and the command's own, for -o and relative paths).
    auto BaseFS = llvm::makeIntrusiveRefCnt<llvm::vfs::OverlayFileSystem>(
        llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem>(llvm::vfs::createPhysicalFileSystem().release()));
    std::vector<tidy::ClangTidyError> Errors;
    if (Options.CrossUnit) {
      UnitExchange Exchange(Live, Result);
      SummaryExchange::Scope Current(Exchange);
      Errors = tidy::runClangTidy(Context, DB, {Files[I]}, BaseFS, /*ApplyAnyFix=*/false);
    } else {
      Errors = tidy::runClangTidy(Context, DB, {Files[I]}, BaseFS, /*ApplyAnyFix=*/false);
    }
    record(Errors, Sources, Result);
    if (Result.Failure && !Options.KeepGoing)
      Stop = true;
    if (Cache && !Result.Failure && Result.ConfigErrors.empty())
      Cache->store(Identities[I], Result);
    Units[I] = std::move(Result);
  };
  auto Progress = [&](size_t I, size_t Total) {
    if (!Options.Progress)
      return;
    std::lock_guard<std::mutex> Guard(ProgressLock);
    Options.Progress(++Done, unsigned(Total), Files[I]);
  };

  // Units unchanged since the cache stored them are not parsed.
  std::vector<size_t> ToParse;
  for (size_t I = 0; I < Files.size(); ++I) {
    std::optional<UnitResult> Cached;
    if (Cache) {
      std::vector<std::string> CommandLine;
      for (const clang::tooling::CompileCommand &C : DB.getCompileCommands(Files[I])) {
        CommandLine.push_back(C.Directory);
        CommandLine.insert(CommandLine.end(), C.CommandLine.begin(), C.CommandLine.end());
      }
      Identities[I] = UnitCache::identity(Files[I], CommandLine, Configuration.text(Files[I]));
      Cached = Cache->lookUp(Identities[I]);
    }
    if (Cached) {
      Units[I] = std::move(*Cached);
      Live.add(Units[I].Defined);
    } else {
      ToParse.push_back(I);
    }
  }
  if (Options.CrossUnit) {
    // Units defining what many others call first: fewer analysed again.
    std::vector<std::string> Parsed;
    for (size_t I : ToParse)
      Parsed.push_back(Files[I]);
    std::vector<size_t> Ordered;
    for (size_t K : definersFirst(Parsed))
      Ordered.push_back(ToParse[K]);
    ToParse = std::move(Ordered);
  }
  Report Out;
  Out.FromCache = unsigned(Files.size() - ToParse.size());
  Out.Parsed = unsigned(ToParse.size());
  inParallel(ToParse.size(), Options.Jobs, Stop, [&](size_t K) {
    Analyse(ToParse[K]);
    // (What it defines is there for the units that start after it.)
    Live.add(Units[ToParse[K]].Defined);
    Progress(ToParse[K], ToParse.size());
  });

  // Link: the units that saw a summary that arrived or changed later are
  // analysed again with the whole set, until nothing changes (a chain of
  // helpers across units settles one link per round).
  for (unsigned Round = 0; Options.CrossUnit && !Stop && Round < 4; ++Round) {
    Live.reset(Units);
    std::vector<size_t> Again;
    for (size_t I = 0; I < Units.size(); ++I)
      if (!Units[I].Failure && consultedChanged(Units[I], Live))
        Again.push_back(I);
    if (Again.empty())
      break;
    Out.AnalysedAgain += unsigned(Again.size());
    Done = 0;
    inParallel(Again.size(), Options.Jobs, Stop, [&](size_t K) {
      Analyse(Again[K]);
      Progress(Again[K], Again.size());
    });
  }
  Live.reset(Units);

  Report Assembled = assemble(Units);
  Assembled.Summaries = Live.all();
  Assembled.Parsed = Out.Parsed;
  Assembled.FromCache = Out.FromCache;
  Assembled.AnalysedAgain = Out.AnalysedAgain;
  return Assembled;
}

} // namespace txscope::cli
