//===- SummarySet.cpp - Function and class summaries, as a file holds them -===//
#include "SummarySet.h"
#include "JsonNesting.h"
#include "OptionalCompat.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"

namespace json = llvm::json;

namespace txscope {

namespace {

// The words the file uses for the engine's enums, in one table each.
template <typename E> struct Spelling {
  E Value;
  const char *Text;
};
constexpr Spelling<FindingKind> LeakKinds[] = {
    {FindingKind::Detached, "detached"},
    {FindingKind::Escapes, "escapes"},
    {FindingKind::TimedWaitOnly, "timed-wait-only"},
    {FindingKind::JoinedOnSomePaths, "joined-on-some-paths"},
    {FindingKind::NeverJoined, "never-joined"}};
constexpr Spelling<TransactionEffect::EffectKind> EffectKinds[] = {
    {TransactionEffect::Begin, "begin"},
    {TransactionEffect::Commit, "commit"},
    {TransactionEffect::Rollback, "rollback"}};
constexpr Spelling<DestructorKind> Destructors[] = {
    {DestructorKind::None, "none"},
    {DestructorKind::Join, "join"},
    {DestructorKind::CancelAndJoin, "cancel-and-join"},
    {DestructorKind::TerminateIfJoinable, "terminate-if-joinable"}};

template <typename E, size_t N> const char *spell(const Spelling<E> (&Table)[N], E Value) {
  for (const Spelling<E> &S : Table)
    if (S.Value == Value)
      return S.Text;
  return Table[0].Text;
}

// Writing.

json::Value location(const StoredLocation &L) {
  if (L.File.empty())
    return nullptr;
  return json::Object{{"file", L.File}, {"line", int64_t(L.Line)}, {"column", int64_t(L.Column)}};
}

json::Value place(const SummaryPlace &P) {
  json::Array Fields;
  for (const std::string &F : P.Fields)
    Fields.push_back(F);
  return json::Object{{"param", int64_t(P.Param)}, {"fields", std::move(Fields)}};
}

json::Array strings(const std::vector<std::string> &List) {
  return json::Array(List);
}

json::Array numbers(const std::vector<unsigned> &List) {
  json::Array Out;
  for (unsigned N : List)
    Out.push_back(int64_t(N));
  return Out;
}

json::Value functionValue(const StoredFunction &F) {
  json::Object O{{"name", F.Name}, {"file", F.File}};
  if (!F.Leaks.empty()) {
    json::Array Leaks;
    for (const StoredLeak &L : F.Leaks) {
      json::Array Calls, Uses;
      for (const auto &C : L.Calls)
        Calls.push_back(json::Object{{"at", location(C.first)}, {"callee", C.second}});
      for (const SummaryPlace &P : L.Uses)
        Uses.push_back(place(P));
      json::Object Leak{{"kind", spell(LeakKinds, L.Kind)},
                        {"start", location(L.Start)},
                        {"detail", location(L.Detail)},
                        {"calls", std::move(Calls)},
                        {"uses", std::move(Uses)}};
      if (L.Group)
        Leak["group"] = place(*L.Group);
      Leaks.push_back(std::move(Leak));
    }
    O["leaks"] = std::move(Leaks);
  }
  if (!F.Effects.empty()) {
    json::Array Effects;
    for (const TransactionEffect &E : F.Effects)
      Effects.push_back(json::Object{{"kind", spell(EffectKinds, E.Kind)}, {"on", place(E.On)}});
    O["effects"] = std::move(Effects);
  }
  if (F.Returned)
    O["returns-task"] = json::Object{{"destructor", spell(Destructors, F.Returned->HandleDestructor)},
                                     {"deferred", F.Returned->Deferred},
                                     {"lazy", F.Returned->Lazy}};
  if (!F.JoinedParameters.empty())
    O["joins"] = numbers(F.JoinedParameters);
  if (!F.UnknownJoins.empty())
    O["unknown-joins"] = numbers(F.UnknownJoins);
  if (F.TakesHandles)
    O["takes-handles"] = true;
  if (F.MemberUses) {
    json::Array Uses;
    for (const std::vector<std::string> &Path : *F.MemberUses)
      Uses.push_back(strings(Path));
    O["member-uses"] = std::move(Uses);
  }
  return O;
}

json::Value classValue(const StoredClass &C) {
  return json::Object{{"name", C.Name},
                      {"file", C.File},
                      {"commit", strings(C.CommitMethods)},
                      {"rollback", strings(C.RollbackMethods)}};
}

// Reading: each reader reports the first thing wrong through Path.

bool readLocation(const json::Value *V, StoredLocation &Out, json::Path P) {
  if (!V || V->getAsNull())
    return true;
  const json::Object *O = V->getAsObject();
  if (!O) {
    P.report("expected a location object or null");
    return false;
  }
  std::optional<llvm::StringRef> File = optionalOf(O->getString("file"));
  auto Line = optionalOf(O->getInteger("line")), Column = optionalOf(O->getInteger("column"));
  if (!File || !Line || !Column || *Line < 0 || *Column < 0) {
    P.report("expected {\"file\": string, \"line\": number, \"column\": number}");
    return false;
  }
  Out = {File->str(), unsigned(*Line), unsigned(*Column)};
  return true;
}

bool readPlace(const json::Value &V, SummaryPlace &Out, json::Path P) {
  const json::Object *O = V.getAsObject();
  auto Param = O ? optionalOf(O->getInteger("param")) : std::nullopt;
  const json::Value *Fields = O ? O->get("fields") : nullptr;
  if (!Param || !Fields || *Param < -1 || *Param > 10000) {
    P.report("expected {\"param\": number (-1: this), \"fields\": [names]}");
    return false;
  }
  Out.Param = int(*Param);
  return json::fromJSON(*Fields, Out.Fields, P.field("fields"));
}

/// \p Expected lists the spellings of \p Table (json::Path keeps only literals).
template <typename E, size_t N>
bool readEnum(const json::Object &O, llvm::StringRef Key, const Spelling<E> (&Table)[N], E &Out,
              json::Path P, llvm::StringLiteral Expected) {
  std::optional<llvm::StringRef> Text = optionalOf(O.getString(Key));
  for (const Spelling<E> &S : Table)
    if (Text && *Text == S.Text) {
      Out = S.Value;
      return true;
    }
  P.field(Key).report(Expected);
  return false;
}

template <typename T, typename Reader>
bool readArray(const json::Object &O, llvm::StringRef Key, std::vector<T> &Out, json::Path P,
               Reader Read) {
  const json::Value *V = O.get(Key);
  if (!V)
    return true;
  const json::Array *A = V->getAsArray();
  if (!A) {
    P.field(Key).report("expected an array");
    return false;
  }
  for (size_t I = 0; I < A->size(); ++I) {
    Out.emplace_back();
    if (!Read((*A)[I], Out.back(), P.field(Key).index(I)))
      return false;
  }
  return true;
}

bool readNumbers(const json::Object &O, llvm::StringRef Key, std::vector<unsigned> &Out, json::Path P) {
  return readArray(O, Key, Out, P, [](const json::Value &V, unsigned &N, json::Path At) {
    std::optional<int64_t> I = optionalOf(V.getAsInteger());
    if (!I || *I < 0) {
      At.report("expected a parameter index");
      return false;
    }
    N = unsigned(*I);
    return true;
  });
}

bool readLeak(const json::Value &V, StoredLeak &L, json::Path P) {
  const json::Object *O = V.getAsObject();
  if (!O) {
    P.report("expected an object");
    return false;
  }
  if (!readEnum(*O, "kind", LeakKinds, L.Kind, P,
                "expected one of: detached, escapes, timed-wait-only, joined-on-some-paths, never-joined") ||
      !readLocation(O->get("start"), L.Start, P.field("start")) ||
      !readLocation(O->get("detail"), L.Detail, P.field("detail")))
    return false;
  if (!readArray(*O, "calls", L.Calls, P, [](const json::Value &C, auto &Call, json::Path At) {
        const json::Object *CO = C.getAsObject();
        std::optional<llvm::StringRef> Callee = CO ? optionalOf(CO->getString("callee")) : std::nullopt;
        if (!Callee) {
          At.report("expected {\"at\": location, \"callee\": name}");
          return false;
        }
        Call.second = Callee->str();
        return readLocation(CO->get("at"), Call.first, At.field("at"));
      }))
    return false;
  if (!readArray(*O, "uses", L.Uses, P, readPlace))
    return false;
  if (const json::Value *Group = O->get("group")) {
    L.Group.emplace();
    return readPlace(*Group, *L.Group, P.field("group"));
  }
  return true;
}

/// An optional string member: absent leaves \p Out alone; another type is an error.
bool readString(const json::Object &O, llvm::StringRef Key, std::string &Out, json::Path P) {
  const json::Value *V = O.get(Key);
  if (!V)
    return true;
  std::optional<llvm::StringRef> Text = optionalOf(V->getAsString());
  if (!Text) {
    P.field(Key).report("expected a string");
    return false;
  }
  Out = Text->str();
  return true;
}

bool readBool(const json::Object &O, llvm::StringRef Key, bool &Out, json::Path P) {
  const json::Value *V = O.get(Key);
  if (!V)
    return true;
  std::optional<bool> Value = optionalOf(V->getAsBoolean());
  if (!Value) {
    P.field(Key).report("expected true or false");
    return false;
  }
  Out = *Value;
  return true;
}

bool readFunction(const json::Value &V, StoredFunction &F, json::Path P) {
  const json::Object *O = V.getAsObject();
  if (!O) {
    P.report("expected an object");
    return false;
  }
  if (!readString(*O, "name", F.Name, P) || !readString(*O, "file", F.File, P))
    return false;
  if (!readArray(*O, "leaks", F.Leaks, P, readLeak))
    return false;
  if (!readArray(*O, "effects", F.Effects, P, [](const json::Value &E, TransactionEffect &Out, json::Path At) {
        const json::Object *EO = E.getAsObject();
        if (!EO || !EO->get("on")) {
          At.report("expected {\"kind\": begin|commit|rollback, \"on\": place}");
          return false;
        }
        return readEnum(*EO, "kind", EffectKinds, Out.Kind, At, "expected one of: begin, commit, rollback") && readPlace(*EO->get("on"), Out.On, At.field("on"));
      }))
    return false;
  if (const json::Value *Returns = O->get("returns-task")) {
    const json::Object *R = Returns->getAsObject();
    if (!R) {
      P.field("returns-task").report("expected an object");
      return false;
    }
    F.Returned.emplace();
    if (!readEnum(*R, "destructor", Destructors, F.Returned->HandleDestructor, P.field("returns-task"),
                  "expected one of: none, join, cancel-and-join, terminate-if-joinable") ||
        !readBool(*R, "deferred", F.Returned->Deferred, P.field("returns-task")) ||
        !readBool(*R, "lazy", F.Returned->Lazy, P.field("returns-task")))
      return false;
  }
  if (!readNumbers(*O, "joins", F.JoinedParameters, P) || !readNumbers(*O, "unknown-joins", F.UnknownJoins, P) ||
      !readBool(*O, "takes-handles", F.TakesHandles, P))
    return false;
  if (const json::Value *Uses = O->get("member-uses")) {
    F.MemberUses.emplace();
    return json::fromJSON(*Uses, *F.MemberUses, P.field("member-uses"));
  }
  return true;
}

bool readClass(const json::Value &V, StoredClass &C, json::Path P) {
  const json::Object *O = V.getAsObject();
  if (!O) {
    P.report("expected an object");
    return false;
  }
  if (!readString(*O, "name", C.Name, P) || !readString(*O, "file", C.File, P))
    return false;
  const json::Value *Commit = O->get("commit"), *Rollback = O->get("rollback");
  return (!Commit || json::fromJSON(*Commit, C.CommitMethods, P.field("commit"))) &&
         (!Rollback || json::fromJSON(*Rollback, C.RollbackMethods, P.field("rollback")));
}

/// The line of the first occurrence of \p Needle in \p Text (1 when absent).
unsigned lineOf(llvm::StringRef Text, llvm::StringRef Needle) {
  size_t At = Needle.empty() ? llvm::StringRef::npos : Text.find(Needle);
  return At == llvm::StringRef::npos ? 1 : unsigned(Text.take_front(At).count('\n')) + 1;
}

llvm::Error error(llvm::StringRef Name, unsigned Line, const llvm::Twine &Message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), "%s:%u: %s", Name.str().c_str(), Line,
                                 Message.str().c_str());
}

/// Reads the entries of section \p Key into \p Out; errors name the line of
/// the entry they are in.
template <typename T, typename Reader>
llvm::Error readSection(const json::Object &Root, llvm::StringRef Key, std::map<std::string, T> &Out,
                        llvm::StringRef Text, llvm::StringRef Name, Reader Read) {
  const json::Value *V = Root.get(Key);
  if (!V)
    return llvm::Error::success();
  const json::Object *Section = V->getAsObject();
  if (!Section)
    return error(Name, lineOf(Text, "\"" + Key.str() + "\""), "'" + Key + "' must be an object");
  for (const auto &Entry : *Section) {
    json::Path::Root R(Key);
    T Value;
    if (!Read(Entry.second, Value, R)) {
      std::string USR = Entry.first.str();
      // (The first occurrence of the key as JSON spells it is the entry.)
      std::string Quoted;
      llvm::raw_string_ostream(Quoted) << json::Value(USR);
      return error(Name, lineOf(Text, Quoted),
                   "invalid " + Key + " entry '" + USR + "': " + llvm::toString(R.getError()));
    }
    Out.emplace(Entry.first.str(), std::move(Value));
  }
  return llvm::Error::success();
}

/// Prefers the entry from the file that sorts first, then the smaller text,
/// so that any order of merges keeps the same one.
template <typename T> bool preferred(const T &A, const T &B, json::Value (*Value)(const T &)) {
  if (A.File != B.File)
    return A.File < B.File;
  std::string TA, TB;
  llvm::raw_string_ostream(TA) << Value(A);
  llvm::raw_string_ostream(TB) << Value(B);
  return TA <= TB;
}

template <typename T>
void mergeInto(std::map<std::string, T> &Into, const std::map<std::string, T> &From,
               json::Value (*Value)(const T &)) {
  for (const auto &Entry : From) {
    auto [It, Inserted] = Into.emplace(Entry.first, Entry.second);
    if (!Inserted && !preferred(It->second, Entry.second, Value))
      It->second = Entry.second;
  }
}

template <typename T> std::string hashOf(const std::optional<T> &Entry, json::Value (*Value)(const T &)) {
  if (!Entry)
    return "";
  std::string Text;
  llvm::raw_string_ostream(Text) << Value(*Entry);
  return llvm::utohexstr(llvm::xxHash64(Text));
}

} // namespace

std::optional<StoredFunction> SummarySet::function(llvm::StringRef USR) const {
  auto It = Functions.find(USR.str());
  return It == Functions.end() ? std::nullopt : std::optional<StoredFunction>(It->second);
}

std::optional<StoredClass> SummarySet::wrapperClass(llvm::StringRef USR) const {
  auto It = Classes.find(USR.str());
  return It == Classes.end() ? std::nullopt : std::optional<StoredClass>(It->second);
}

void SummarySet::merge(const SummarySet &Other) {
  mergeInto(Functions, Other.Functions, functionValue);
  mergeInto(Classes, Other.Classes, classValue);
}

json::Value SummarySet::toJSON() const {
  json::Object FunctionsOut, ClassesOut;
  for (const auto &F : Functions)
    FunctionsOut[F.first] = functionValue(F.second);
  for (const auto &C : Classes)
    ClassesOut[C.first] = classValue(C.second);
  return json::Object{{"format", "txscope-summaries"},
                      {"version", int64_t(Version)},
                      {"functions", std::move(FunctionsOut)},
                      {"classes", std::move(ClassesOut)}};
}

llvm::Expected<SummarySet> SummarySet::parse(llvm::StringRef Text, llvm::StringRef Name) {
  // llvm::json::parse recurses once per level: a hostile file would
  // overflow the stack. A summary file nests a dozen levels.
  if (!nestingWithin(Text, MaxJsonNesting))
    return error(Name, 1, "not a summary file: arrays or objects nested more than " +
                              std::to_string(MaxJsonNesting) + " deep");
  llvm::Expected<json::Value> Parsed = json::parse(Text);
  if (!Parsed) {
    // json::parse says "[LINE:COLUMN, byte=N]: message".
    std::string Message = llvm::toString(Parsed.takeError());
    llvm::SmallVector<llvm::StringRef, 4> Parts;
    unsigned Column = 0;
    if (llvm::Regex("^\\[([0-9]+):([0-9]+), byte=[0-9]+\\]: (.*)$").match(Message, &Parts) &&
        !Parts[2].getAsInteger(10, Column))
      // (After a newline json::parse says column 0: the line's first column.)
      return llvm::createStringError(llvm::inconvertibleErrorCode(), "%s:%s:%u: not a summary file: %s",
                                     Name.str().c_str(), Parts[1].str().c_str(), std::max(Column, 1u),
                                     Parts[3].str().c_str());
    return error(Name, 1, "not a summary file: " + Message);
  }
  return fromJSON(*Parsed, Name, Text);
}

llvm::Expected<SummarySet> SummarySet::fromJSON(const json::Value &Value, llvm::StringRef Name,
                                                llvm::StringRef Text) {
  const json::Object *Root = Value.getAsObject();
  if (!Root || optionalOf(Root->getString("format")) != llvm::StringRef("txscope-summaries"))
    return error(Name, 1, "not a txscope summary file (no \"format\": \"txscope-summaries\")");
  std::optional<int64_t> FileVersion = optionalOf(Root->getInteger("version"));
  if (FileVersion != int64_t(Version))
    return error(Name, lineOf(Text, "\"version\""),
                 "summary file version " + (FileVersion ? std::to_string(*FileVersion) : "(none)") +
                     " is not the version this txscope reads (" + std::to_string(Version) +
                     "): write it again with this txscope");
  SummarySet Out;
  if (llvm::Error E = readSection(*Root, "functions", Out.Functions, Text, Name, readFunction))
    return std::move(E);
  if (llvm::Error E = readSection(*Root, "classes", Out.Classes, Text, Name, readClass))
    return std::move(E);
  return Out;
}

llvm::Expected<SummarySet> SummarySet::readFile(llvm::StringRef Path) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
  if (!Buffer)
    return llvm::createStringError(Buffer.getError(), "cannot read summary file '%s': %s",
                                   Path.str().c_str(), Buffer.getError().message().c_str());
  return parse((*Buffer)->getBuffer(), Path);
}

llvm::Error SummarySet::writeFile(llvm::StringRef Path) const {
  // Written beside and renamed over: a reader never sees half a file.
  std::string Temporary = (Path + ".tmp" + llvm::Twine(llvm::sys::Process::getProcessId())).str();
  {
    std::error_code EC;
    llvm::raw_fd_ostream OS(Temporary, EC);
    if (EC)
      return llvm::createStringError(EC, "cannot write summary file '%s': %s", Path.str().c_str(),
                                     EC.message().c_str());
    OS << llvm::formatv("{0:1}", toJSON()) << "\n";
  }
  if (std::error_code EC = llvm::sys::fs::rename(Temporary, Path))
    return llvm::createStringError(EC, "cannot write summary file '%s': %s", Path.str().c_str(),
                                   EC.message().c_str());
  return llvm::Error::success();
}

std::string summaryFingerprint(const std::optional<StoredFunction> &F) {
  if (!F || !F->hasSummary())
    return "";
  StoredFunction Summary = *F;
  Summary.MemberUses.reset();
  return hashOf(std::optional<StoredFunction>(std::move(Summary)), functionValue);
}

std::string memberUsesFingerprint(const std::optional<StoredFunction> &F) {
  if (!F || !F->MemberUses)
    return "";
  StoredFunction Members;
  Members.MemberUses = F->MemberUses;
  return hashOf(std::optional<StoredFunction>(std::move(Members)), functionValue);
}

std::string fingerprint(const std::optional<StoredClass> &C) { return hashOf(C, classValue); }

std::string fingerprintOf(const SummarySource &Source, llvm::StringRef Key) {
  if (Key.consume_front("f:"))
    return summaryFingerprint(Source.function(Key));
  if (Key.consume_front("m:"))
    return memberUsesFingerprint(Source.function(Key));
  if (Key.consume_front("c:"))
    return fingerprint(Source.wrapperClass(Key));
  return "";
}

} // namespace txscope
