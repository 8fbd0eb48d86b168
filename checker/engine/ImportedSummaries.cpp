//===- ImportedSummaries.cpp - Summaries of what another unit defines -----===//
#include "ImportedSummaries.h"
#include "clang/Basic/FileManager.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Index/USRGeneration.h"

using namespace clang;

namespace txscope {

std::string usrOf(const Decl &D) {
  llvm::SmallString<128> USR;
  if (index::generateUSRForDecl(D.getCanonicalDecl(), USR))
    return "";
  return USR.str().str();
}

SourceLocation ImportedSummaries::place(const StoredLocation &L) {
  if (L.File.empty() || L.Line == 0)
    return SourceLocation();
  SourceManager &SM = Ctx.getSourceManager();
  auto Known = Files.find(L.File);
  if (Known == Files.end()) {
    FileID ID;
    if (auto File = SM.getFileManager().getOptionalFileRef(L.File)) {
      // A header this unit includes has its FileID already; another unit's
      // own file gets one here, so that notes can point into it.
      ID = SM.translateFile(*File);
      if (ID.isInvalid())
        ID = SM.createFileID(*File, SourceLocation(), SrcMgr::C_User);
    }
    Known = Files.try_emplace(L.File, ID).first;
  }
  if (Known->second.isInvalid())
    return SourceLocation(); // the file is gone: no note there
  bool Invalid = false;
  unsigned Lines = 0;
  llvm::StringRef Text = SM.getBufferData(Known->second, &Invalid);
  if (!Invalid)
    Lines = unsigned(Text.count('\n')) + 1;
  if (L.Line > Lines)
    return SourceLocation(); // the file changed since: no note either
  return SM.translateLineCol(Known->second, L.Line, std::max(1u, L.Column));
}

ImportedSummaries::Imported &ImportedSummaries::lookUp(const FunctionDecl &Fn) {
  std::unique_ptr<Imported> &Slot = Functions[Fn.getCanonicalDecl()];
  if (Slot)
    return *Slot;
  Slot = std::make_unique<Imported>();
  Slot->USR = usrOf(Fn);
  if (!Slot->USR.empty())
    Slot->Stored = Source.function(Slot->USR);
  return *Slot;
}

const FunctionSummary *ImportedSummaries::function(const FunctionDecl &Fn) {
  Imported &Entry = lookUp(Fn);
  if (!Entry.USR.empty())
    Consulted["f:" + Entry.USR] = summaryFingerprint(Entry.Stored);
  if (!Entry.Stored || !Entry.Stored->hasSummary())
    return nullptr;
  if (Entry.Summary)
    return Entry.Summary.get();
  const StoredFunction &Stored = *Entry.Stored;
  auto Summary = std::make_unique<FunctionSummary>();
  for (const StoredLeak &L : Stored.Leaks) {
    LeakedTask Leak;
    Leak.Foreign = true;
    Leak.Kind = L.Kind;
    Leak.Start = place(L.Start);
    Leak.Detail = place(L.Detail);
    for (const auto &Call : L.Calls)
      Leak.Calls.emplace_back(place(Call.first), Call.second);
    Leak.Uses = L.Uses;
    if (L.Group) {
      Leak.HasGroup = true;
      Leak.Group = *L.Group;
    }
    Summary->Leaks.push_back(std::move(Leak));
  }
  Summary->Effects = Stored.Effects;
  Summary->Returned = Stored.Returned;
  Summary->JoinedParameters = Stored.JoinedParameters;
  Summary->UnknownJoins = Stored.UnknownJoins;
  Entry.Summary = std::move(Summary);
  return Entry.Summary.get();
}

const PlaceSet *ImportedSummaries::membersUsedBy(const CXXMethodDecl &Method) {
  Imported &Entry = lookUp(Method);
  if (!Entry.USR.empty())
    Consulted["m:" + Entry.USR] = memberUsesFingerprint(Entry.Stored);
  if (!Entry.Stored || !Entry.Stored->MemberUses)
    return nullptr;
  if (!Entry.Members) {
    Entry.Members = std::make_unique<PlaceSet>();
    for (const std::vector<std::string> &Path : *Entry.Stored->MemberUses) {
      Place Member = Place::thisObject();
      for (const std::string &Field : Path)
        Member.Fields.push_back(intern(Field));
      Entry.Members->insert(Member);
    }
  }
  return Entry.Members.get();
}

const TransactionTypeRule *ImportedSummaries::wrapperClass(const CXXRecordDecl &RD) {
  auto Known = Classes.find(RD.getCanonicalDecl());
  if (Known != Classes.end())
    return Known->second.get();
  std::unique_ptr<TransactionTypeRule> &Slot = Classes[RD.getCanonicalDecl()];
  std::string USR = usrOf(RD);
  if (USR.empty())
    return nullptr;
  std::optional<StoredClass> Stored = Source.wrapperClass(USR);
  Consulted["c:" + USR] = fingerprint(Stored);
  if (!Stored)
    return nullptr;
  Slot = std::make_unique<TransactionTypeRule>();
  Slot->Type = RD.getQualifiedNameAsString();
  Slot->CommitMethods = Stored->CommitMethods;
  Slot->RollbackMethods = Stored->RollbackMethods;
  return Slot.get();
}

} // namespace txscope
