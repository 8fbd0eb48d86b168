//===- DocumentSummaries.cpp - Other units' summaries for a document ------===//
#include "DocumentSummaries.h"
#include "CheckOptions.h"
#include "LspChannel.h"
#include "RuleFilePaths.h"
#include "SummaryFiles.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

namespace txscope::lsp {

/// Which version of \p Path is on disk; "" when there is no file.
static std::string versionOf(const std::string &Path) {
  llvm::sys::fs::file_status Status;
  if (llvm::sys::fs::status(Path, Status))
    return "";
  return std::to_string(Status.getLastModificationTime().time_since_epoch().count()) + ":" +
         std::to_string(Status.getSize());
}

std::optional<std::shared_ptr<const SummarySet>>
DocumentSummaries::forCheck(CheckId Check, const std::string &Document, const std::string &Option,
                            const std::string &DatabaseDir, std::string &Error) {
  llvm::SmallString<256> Path;
  bool Named = true;
  if (Flag) {
    Path = *Flag;
  } else if (!llvm::StringRef(Option).trim().empty()) {
    std::vector<std::string> Paths = resolveRuleFiles(Option, Document);
    if (Paths.size() != 1) {
      Error = invalidOptionMessage(Check, "Summaries", Option, "one summary file");
      return std::nullopt;
    }
    Path = Paths.front();
  } else if (!DatabaseDir.empty()) {
    Path = DatabaseDir;
    llvm::sys::path::append(Path, ".txscope", "summaries.json");
    Named = false;
  } else {
    return nullptr;
  }
  llvm::sys::fs::make_absolute(Path); // loadSummaryFile caches by path
  return load(std::string(Path), Named);
}

std::shared_ptr<const SummarySet> DocumentSummaries::load(const std::string &Path, bool Named) {
  std::string Version = versionOf(Path);
  if (Version.empty() && !Named)
    return nullptr; // the txscope command has not written one: same-unit summaries only
  auto Known = Failed.find(Path);
  if (Known != Failed.end() && Known->second == Version)
    return nullptr; // said already
  auto Loaded = loadSummaryFile(Path);
  if (Loaded) {
    Failed.erase(Path);
    return std::move(*Loaded);
  }
  logLine("summary file ignored, analysing without it: " + llvm::toString(Loaded.takeError()));
  Failed[Path] = Version;
  return nullptr;
}

} // namespace txscope::lsp
