//===- SummaryFiles.cpp - Summary files, read once while unchanged --------===//
#include "SummaryFiles.h"
#include "llvm/Support/FileSystem.h"
#include <map>
#include <mutex>

namespace txscope {

llvm::Expected<std::shared_ptr<const SummarySet>> loadSummaryFile(llvm::StringRef Path) {
  struct Loaded {
    llvm::sys::TimePoint<> Modified;
    uint64_t Size = 0;
    std::shared_ptr<const SummarySet> Set;
  };
  static std::mutex Lock;
  static std::map<std::string, Loaded> Cache;

  llvm::sys::fs::file_status Status;
  if (std::error_code EC = llvm::sys::fs::status(Path, Status))
    return llvm::createStringError(EC, "cannot read summary file '%s': %s", Path.str().c_str(),
                                   EC.message().c_str());
  std::lock_guard<std::mutex> Guard(Lock);
  auto Known = Cache.find(Path.str());
  if (Known != Cache.end() && Known->second.Modified == Status.getLastModificationTime() &&
      Known->second.Size == Status.getSize())
    return Known->second.Set;
  llvm::Expected<SummarySet> Read = SummarySet::readFile(Path);
  if (!Read)
    return Read.takeError();
  auto Set = std::make_shared<const SummarySet>(std::move(*Read));
  Cache[Path.str()] = {Status.getLastModificationTime(), Status.getSize(), Set};
  return Set;
}

} // namespace txscope
