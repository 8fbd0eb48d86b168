//===- TidyRunner.cpp - The txscope check over translation units ----------===//
#include "TidyRunner.h"
#include "CheckOptions.h"
#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang-tidy/ClangTidyOptions.h"
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
    if (!Options.Config)
      return;
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

private:
  tidy::ClangTidyOptions Defaults, Override;
  std::optional<tidy::ClangTidyOptions> Config;
};
} // namespace

namespace {
/// Collects the results of all worker threads.
class Collector {
public:
  Collector(SourceText &Sources) : Sources(Sources) {}

  /// Returns false when the unit failed to compile.
  bool add(const std::string &File, const std::vector<tidy::ClangTidyError> &Errors) {
    std::lock_guard<std::mutex> Guard(Lock);
    bool Compiled = true;
    for (const tidy::ClangTidyError &E : Errors) {
      llvm::StringRef Name = E.DiagnosticName;
      if (Name == "clang-tidy-config") {
        if (ConfigSeen.insert(E.Message.Message).second)
          Out.ConfigErrors.push_back(E.Message.Message);
        continue;
      }
      if (E.DiagLevel == tidy::ClangTidyError::Remark) {
        // Each check skips (and names) the functions too large for its own
        // budget; clang-tidy merges the checks' identical remarks into one
        // with the others as aliases. A header's function is seen from
        // every unit.
        std::vector<std::string> Checks = E.EnabledDiagnosticAliases;
        Checks.insert(Checks.begin(), E.DiagnosticName);
        for (const std::string &Check : Checks) {
          std::string Line = describe(E.Message, "note") + " [" + Check + "]";
          if (SkippedSeen.insert(Line).second)
            Out.SkippedFunctions.push_back(std::move(Line));
        }
        continue;
      }
      if (Name.take_front(17) == "clang-diagnostic-") {
        if (E.DiagLevel == tidy::ClangTidyError::Error && Compiled) {
          Compiled = false;
          Out.Failures.push_back({File, describe(E.Message, "error")});
        }
        continue;
      }
      ReportedFinding F;
      F.CheckName = E.DiagnosticName;
      F.Loc = locate(E.Message);
      F.Message = E.Message.Message;
      for (const clang::tooling::DiagnosticMessage &N : E.Notes)
        F.Notes.push_back({locate(N), N.Message});
      // A header's finding is seen from every unit that includes it.
      if (Seen.insert({F.CheckName, F.Loc.File, F.Loc.Line, F.Loc.Column, F.Message}).second)
        Out.Findings.push_back(std::move(F));
    }
    return Compiled;
  }
  Report take() { return std::move(Out); }

private:
  Location locate(const clang::tooling::DiagnosticMessage &M) {
    Location L;
    L.File = M.FilePath;
    std::tie(L.Line, L.Column) = Sources.lineColumn(M.FilePath, M.FileOffset);
    return L;
  }
  std::string describe(const clang::tooling::DiagnosticMessage &M, llvm::StringRef Severity) {
    Location L = locate(M);
    if (L.File.empty())
      return M.Message;
    return L.File + ":" + std::to_string(L.Line) + ":" + std::to_string(L.Column) + ": " +
           Severity.str() + ": " + M.Message;
  }

  SourceText &Sources;
  std::mutex Lock;
  Report Out;
  std::set<std::tuple<std::string, std::string, unsigned, unsigned, std::string>> Seen;
  std::set<std::string> ConfigSeen, SkippedSeen;
};
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
  Collector Results(Sources);
  std::atomic<unsigned> Next{0}, Done{0};
  std::atomic<bool> Stop{false};
  std::mutex ProgressLock;
  auto Work = [&] {
    for (unsigned I; !Stop && (I = Next++) < Files.size();) {
      const std::string &File = Files[I];
      tidy::ClangTidyContext Context(Configuration.provider());
      auto BaseFS = llvm::makeIntrusiveRefCnt<llvm::vfs::OverlayFileSystem>(llvm::vfs::getRealFileSystem());
      std::vector<tidy::ClangTidyError> Errors =
          tidy::runClangTidy(Context, DB, {File}, BaseFS, /*ApplyAnyFix=*/false);
      if (!Results.add(File, Errors) && !Options.KeepGoing)
        Stop = true;
      if (Options.Progress) {
        std::lock_guard<std::mutex> Guard(ProgressLock);
        Options.Progress(++Done, unsigned(Files.size()), File);
      }
    }
  };
  std::vector<std::thread> Workers;
  unsigned Jobs = std::max(1u, std::min<unsigned>(Options.Jobs, unsigned(Files.size())));
  for (unsigned J = 1; J < Jobs; ++J)
    Workers.emplace_back(Work);
  Work();
  for (std::thread &W : Workers)
    W.join();
  Report Out = Results.take();
  std::sort(Out.Findings.begin(), Out.Findings.end(),
            [](const ReportedFinding &A, const ReportedFinding &B) { return A.Loc < B.Loc; });
  return Out;
}

} // namespace txscope::cli
