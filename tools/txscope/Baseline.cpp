//===- Baseline.cpp - Findings accepted as they are -----------------------===//
#include "Baseline.h"
#include "JsonNesting.h"
#include "Paths.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"
#include <map>

namespace txscope::cli {

void assignKeys(std::vector<ReportedFinding> &Findings, llvm::StringRef Root, SourceText &Sources) {
  std::map<std::string, unsigned> Occurrences;
  for (ReportedFinding &F : Findings) {
    std::string Begin;
    if (!F.Notes.empty())
      Begin = Sources.normalizedLine(F.Notes.front().Loc.File, F.Notes.front().Loc.Line);
    std::string Base = relativeTo(Root, F.Loc.File) + "|" + F.CheckName + "|" + F.Message + "|" +
                       Sources.normalizedLine(F.Loc.File, F.Loc.Line) + "|" + Begin;
    // Valid UTF-8, so that it survives the round trip through a JSON baseline.
    F.Key = jsonText(Base + "|" + std::to_string(Occurrences[Base]++));
  }
}

llvm::Error writeBaseline(llvm::StringRef Path, const std::vector<ReportedFinding> &Findings,
                          llvm::StringRef Root) {
  llvm::json::Array Entries;
  for (const ReportedFinding &F : Findings)
    Entries.push_back(llvm::json::Object{{"key", F.Key},
                                         {"file", jsonText(relativeTo(Root, F.Loc.File))},
                                         {"message", jsonText(F.Message)}});
  std::error_code EC;
  llvm::raw_fd_ostream OS(Path, EC);
  if (EC)
    return llvm::createStringError(EC, "cannot write baseline '%s': %s", Path.str().c_str(),
                                   EC.message().c_str());
  OS << llvm::formatv("{0:2}", llvm::json::Value(llvm::json::Object{
                                   {"version", 1}, {"findings", std::move(Entries)}}))
     << "\n";
  return llvm::Error::success();
}

llvm::Expected<std::set<std::string>> readBaseline(llvm::StringRef Path) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path);
  if (!Buffer)
    return llvm::createStringError(Buffer.getError(), "cannot read baseline '%s': %s",
                                   Path.str().c_str(), Buffer.getError().message().c_str());
  if (!txscope::nestingWithin((*Buffer)->getBuffer()))
    return llvm::createStringError(llvm::inconvertibleErrorCode(), "%s: not a baseline: nested too deep",
                                   Path.str().c_str());
  auto Parsed = llvm::json::parse((*Buffer)->getBuffer());
  if (!Parsed)
    return llvm::createStringError(llvm::inconvertibleErrorCode(), "%s: invalid JSON: %s",
                                   Path.str().c_str(), llvm::toString(Parsed.takeError()).c_str());
  const llvm::json::Object *Top = Parsed->getAsObject();
  const llvm::json::Array *Entries = Top ? Top->getArray("findings") : nullptr;
  if (!Entries)
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "%s: not a txscope baseline (expected an object with 'findings')",
                                   Path.str().c_str());
  std::set<std::string> Keys;
  for (const llvm::json::Value &Entry : *Entries) {
    llvm::StringRef Key;
    if (const llvm::json::Object *Object = Entry.getAsObject())
      if (auto Text = Object->getString("key"))
        Key = *Text;
    if (Key.empty())
      return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                     "%s: a finding without a 'key'", Path.str().c_str());
    Keys.insert(Key.str());
  }
  return Keys;
}

} // namespace txscope::cli
