//===- UnitCache.cpp - Results of translation units, kept by content ------===//
#include "UnitCache.h"
#include "JsonNesting.h"
#include "OptionalCompat.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/xxhash.h"

namespace json = llvm::json;

namespace txscope::cli {

namespace {
constexpr int64_t EntryVersion = 1;

json::Value locationJson(const Location &L) {
  return json::Object{{"file", L.File}, {"line", int64_t(L.Line)}, {"column", int64_t(L.Column)}};
}

bool readLocation(const json::Object *O, Location &L) {
  if (!O)
    return false;
  auto File = optionalOf(O->getString("file"));
  auto Line = optionalOf(O->getInteger("line")), Column = optionalOf(O->getInteger("column"));
  if (!File || !Line || !Column)
    return false;
  L = {File->str(), unsigned(*Line), unsigned(*Column)};
  return true;
}

json::Value findingJson(const ReportedFinding &F) {
  json::Array Notes;
  for (const Note &N : F.Notes)
    Notes.push_back(json::Object{{"at", locationJson(N.Loc)}, {"message", N.Message}});
  return json::Object{{"check", F.CheckName}, {"at", locationJson(F.Loc)}, {"message", F.Message},
                      {"notes", std::move(Notes)}};
}

bool readFinding(const json::Value &V, ReportedFinding &F) {
  const json::Object *O = V.getAsObject();
  if (!O || !readLocation(O->getObject("at"), F.Loc))
    return false;
  auto Check = optionalOf(O->getString("check")), Message = optionalOf(O->getString("message"));
  const json::Array *Notes = O->getArray("notes");
  if (!Check || !Message || !Notes)
    return false;
  F.CheckName = Check->str();
  F.Message = Message->str();
  for (const json::Value &N : *Notes) {
    const json::Object *NO = N.getAsObject();
    Note Read;
    auto Text = NO ? optionalOf(NO->getString("message")) : std::nullopt;
    if (!Text || !readLocation(NO->getObject("at"), Read.Loc))
      return false;
    Read.Message = Text->str();
    F.Notes.push_back(std::move(Read));
  }
  return true;
}

bool readStrings(const json::Object &O, llvm::StringRef Key, std::vector<std::string> &Out) {
  const json::Value *V = O.get(Key);
  json::Path::Root Root(Key);
  return V && json::fromJSON(*V, Out, Root);
}

/// The entry's result; nullopt when it is not one this txscope wrote.
std::optional<UnitResult> readEntry(const json::Value &V, const json::Object *&Inputs) {
  const json::Object *O = V.getAsObject();
  if (!O || optionalOf(O->getInteger("version")) != EntryVersion)
    return std::nullopt;
  UnitResult R;
  auto File = optionalOf(O->getString("file"));
  const json::Array *Findings = O->getArray("findings");
  const json::Object *Consulted = O->getObject("consulted");
  Inputs = O->getObject("inputs");
  const json::Value *Defined = O->get("defined");
  if (!File || !Findings || !Consulted || !Inputs || !Defined ||
      !readStrings(*O, "skipped", R.SkippedFunctions) || !readStrings(*O, "config-errors", R.ConfigErrors))
    return std::nullopt;
  R.File = File->str();
  for (const json::Value &F : *Findings) {
    R.Findings.emplace_back();
    if (!readFinding(F, R.Findings.back()))
      return std::nullopt;
  }
  for (const auto &Entry : *Consulted) {
    auto Print = optionalOf(Entry.second.getAsString());
    if (!Print)
      return std::nullopt;
    R.Consulted[Entry.first.str()] = Print->str();
  }
  for (const auto &Entry : *Inputs)
    R.Inputs.push_back(Entry.first.str());
  llvm::Expected<SummarySet> Set = SummarySet::fromJSON(*Defined, File->str());
  if (!Set) {
    llvm::consumeError(Set.takeError());
    return std::nullopt;
  }
  R.Defined = std::move(*Set);
  return R;
}
} // namespace

std::string UnitCache::identity(llvm::StringRef File, llvm::ArrayRef<std::string> CommandLine,
                                llvm::StringRef Configuration) {
  std::string Text = "txscope " TXSCOPE_VERSION " LLVM " + std::to_string(TXSCOPE_LLVM_MAJOR);
  for (llvm::StringRef Part : {File, Configuration})
    (Text += '\0') += Part;
  for (const std::string &Arg : CommandLine)
    (Text += '\0') += Arg;
  return llvm::utohexstr(llvm::xxHash64(Text)) + "-" + llvm::utohexstr(llvm::xxHash64(File));
}

std::string UnitCache::entryPath(llvm::StringRef Identity) const {
  llvm::SmallString<256> Path(Directory);
  llvm::sys::path::append(Path, "units", Identity + ".json");
  return Path.str().str();
}

std::string UnitCache::contentHash(llvm::StringRef Path) {
  {
    std::lock_guard<std::mutex> Guard(Lock);
    auto Known = Hashes.find(Path);
    if (Known != Hashes.end())
      return Known->second;
  }
  std::string Hash;
  if (auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false, /*RequiresNullTerminator=*/false))
    Hash = llvm::utohexstr(llvm::xxHash64((*Buffer)->getBuffer())) + ":" +
           std::to_string((*Buffer)->getBufferSize());
  std::lock_guard<std::mutex> Guard(Lock);
  return Hashes.try_emplace(Path, Hash).first->second;
}

std::optional<UnitResult> UnitCache::lookUp(llvm::StringRef Identity) {
  auto Buffer = llvm::MemoryBuffer::getFile(entryPath(Identity), /*IsText=*/true);
  if (!Buffer)
    return std::nullopt;
  if (!nestingWithin((*Buffer)->getBuffer()))
    return std::nullopt;
  llvm::Expected<json::Value> Parsed = json::parse((*Buffer)->getBuffer());
  if (!Parsed) {
    llvm::consumeError(Parsed.takeError()); // (a broken entry is analysed again)
    return std::nullopt;
  }
  const json::Object *Inputs = nullptr;
  std::optional<UnitResult> Result = readEntry(*Parsed, Inputs);
  if (!Result)
    return std::nullopt;
  for (const auto &Input : *Inputs) {
    auto Recorded = optionalOf(Input.second.getAsString());
    std::string Now = contentHash(Input.first);
    if (!Recorded || Now.empty() || *Recorded != Now)
      return std::nullopt;
  }
  return Result;
}

void UnitCache::store(llvm::StringRef Identity, const UnitResult &Result) {
  json::Object Inputs, Consulted;
  for (const std::string &Input : Result.Inputs)
    Inputs[Input] = contentHash(Input);
  for (const auto &Entry : Result.Consulted)
    Consulted[Entry.first] = Entry.second;
  json::Array Findings;
  for (const ReportedFinding &F : Result.Findings)
    Findings.push_back(findingJson(F));
  json::Value Entry = json::Object{{"version", EntryVersion},
                                   {"file", Result.File},
                                   {"inputs", std::move(Inputs)},
                                   {"findings", std::move(Findings)},
                                   {"skipped", json::Array(Result.SkippedFunctions)},
                                   {"config-errors", json::Array(Result.ConfigErrors)},
                                   {"consulted", std::move(Consulted)},
                                   {"defined", Result.Defined.toJSON()}};
  std::string Path = entryPath(Identity);
  llvm::sys::fs::create_directories(llvm::sys::path::parent_path(Path));
  // Written beside and renamed over: parallel runs never read half an entry.
  std::string Temporary = Path + ".tmp" + std::to_string(llvm::sys::Process::getProcessId()) + "-" +
                          llvm::utohexstr(uintptr_t(&Result));
  std::error_code EC;
  {
    llvm::raw_fd_ostream OS(Temporary, EC);
    if (EC)
      return; // (a cache that cannot be written is only slower)
    OS << Entry;
  }
  if (llvm::sys::fs::rename(Temporary, Path))
    llvm::sys::fs::remove(Temporary);
}

} // namespace txscope::cli
