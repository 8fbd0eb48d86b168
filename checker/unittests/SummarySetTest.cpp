//===- SummarySetTest.cpp - Summary files: round trip, merge, errors, fingerprints ===//
#include "SummarySet.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/raw_ostream.h"
#include "gtest/gtest.h"
#include <algorithm>
#include <functional>

using namespace txscope;

namespace {

const char *const AuditLater = "c:@N@db@F@auditLater#&$@N@pqxx@S@transaction>#Vi0";
const char *const Scoped = "c:@N@db@S@ScopedTransaction";

/// A set using every field a file can hold.
SummarySet everyField() {
  StoredLeak Escaping;
  Escaping.Kind = FindingKind::Escapes;
  Escaping.Start = {"/p/src/db_utils.cpp", 10, 3};
  Escaping.Detail = {"/p/src/db_utils.cpp", 10, 70};
  Escaping.Calls = {{{"/p/src/db_utils.cpp", 22, 5}, "db::inner"}, {{}, "db::innermost"}};
  Escaping.Uses = {{0, {}}, {-1, {"m_conn", "raw"}}};
  Escaping.Group = SummaryPlace{1, {"pool"}};
  StoredLeak Bare; // detached, no location, no use

  StoredFunction F;
  F.Name = "db::auditLater";
  F.File = "/p/src/db_utils.cpp";
  F.Leaks = {Escaping, Bare};
  F.Effects = {{TransactionEffect::Begin, {0, {}}}, {TransactionEffect::Rollback, {-1, {"m_db"}}}};
  F.Returned = ReturnedTask{DestructorKind::CancelAndJoin, /*Deferred=*/true, /*Lazy=*/true};
  F.JoinedParameters = {1, 2};
  F.UnknownJoins = {3};
  F.MemberUses = std::vector<std::vector<std::string>>{{}, {"m_db"}, {"m_a", "m_b"}};

  StoredFunction NoMembers; // a method that uses no member: an empty list, not none
  NoMembers.Name = "db::Repo::ping";
  NoMembers.File = "/p/src/repo.cpp";
  NoMembers.MemberUses.emplace();

  SummarySet Set;
  Set.Functions[AuditLater] = F;
  Set.Functions["c:@N@db@S@Repo@F@ping#"] = NoMembers;
  Set.Classes[Scoped] = {"db::ScopedTransaction", "/p/src/transaction.cpp", {"commit"}, {"rollback", "abort"}};
  return Set;
}

std::string text(const SummarySet &Set) {
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  OS << llvm::formatv("{0:1}", Set.toJSON());
  return OS.str();
}

/// The message parsing \p Text as "sums.json" fails with ("" when it parses).
std::string parseError(llvm::StringRef Text) {
  llvm::Expected<SummarySet> Set = SummarySet::parse(Text, "sums.json");
  if (Set) {
    ADD_FAILURE() << "parsed:\n" << Text.str();
    return "";
  }
  return llvm::toString(Set.takeError());
}

void expectSame(const StoredLocation &A, const StoredLocation &B) {
  EXPECT_EQ(A.File, B.File);
  EXPECT_EQ(A.Line, B.Line);
  EXPECT_EQ(A.Column, B.Column);
}

void expectSame(const StoredFunction &A, const StoredFunction &B) {
  EXPECT_EQ(A.Name, B.Name);
  EXPECT_EQ(A.File, B.File);
  ASSERT_EQ(A.Leaks.size(), B.Leaks.size());
  for (size_t I = 0; I < A.Leaks.size(); ++I) {
    const StoredLeak &L = A.Leaks[I], &M = B.Leaks[I];
    EXPECT_EQ(L.Kind, M.Kind);
    expectSame(L.Start, M.Start);
    expectSame(L.Detail, M.Detail);
    ASSERT_EQ(L.Calls.size(), M.Calls.size());
    for (size_t C = 0; C < L.Calls.size(); ++C) {
      expectSame(L.Calls[C].first, M.Calls[C].first);
      EXPECT_EQ(L.Calls[C].second, M.Calls[C].second);
    }
    EXPECT_EQ(L.Uses, M.Uses);
    EXPECT_EQ(L.Group, M.Group);
  }
  ASSERT_EQ(A.Effects.size(), B.Effects.size());
  for (size_t I = 0; I < A.Effects.size(); ++I) {
    EXPECT_EQ(A.Effects[I].Kind, B.Effects[I].Kind);
    EXPECT_EQ(A.Effects[I].On, B.Effects[I].On);
  }
  ASSERT_EQ(A.Returned.has_value(), B.Returned.has_value());
  if (A.Returned) {
    EXPECT_EQ(A.Returned->HandleDestructor, B.Returned->HandleDestructor);
    EXPECT_EQ(A.Returned->Deferred, B.Returned->Deferred);
    EXPECT_EQ(A.Returned->Lazy, B.Returned->Lazy);
  }
  EXPECT_EQ(A.JoinedParameters, B.JoinedParameters);
  EXPECT_EQ(A.UnknownJoins, B.UnknownJoins);
  EXPECT_EQ(A.MemberUses, B.MemberUses);
}

TEST(SummarySetTest, EveryFieldSurvivesTheFile) {
  SummarySet Set = everyField();
  llvm::Expected<SummarySet> Read = SummarySet::parse(text(Set), "sums.json");
  ASSERT_TRUE(bool(Read)) << llvm::toString(Read.takeError());
  ASSERT_EQ(Read->Functions.size(), Set.Functions.size());
  for (const auto &Entry : Set.Functions) {
    SCOPED_TRACE(Entry.first);
    ASSERT_EQ(Read->Functions.count(Entry.first), 1u);
    expectSame(Read->Functions.at(Entry.first), Entry.second);
  }
  ASSERT_EQ(Read->Classes.size(), 1u);
  const StoredClass &C = Read->Classes.at(Scoped);
  EXPECT_EQ(C.Name, "db::ScopedTransaction");
  EXPECT_EQ(C.File, "/p/src/transaction.cpp");
  EXPECT_EQ(C.CommitMethods, std::vector<std::string>{"commit"});
  EXPECT_EQ(C.RollbackMethods, (std::vector<std::string>{"rollback", "abort"}));
  EXPECT_EQ(text(*Read), text(Set));
}

TEST(SummarySetTest, LookUpByUSR) {
  SummarySet Set = everyField();
  EXPECT_FALSE(Set.empty());
  EXPECT_TRUE(SummarySet().empty());
  ASSERT_TRUE(Set.function(AuditLater).has_value());
  EXPECT_EQ(Set.function(AuditLater)->Name, "db::auditLater");
  EXPECT_FALSE(Set.function(Scoped).has_value());
  ASSERT_TRUE(Set.wrapperClass(Scoped).has_value());
  EXPECT_FALSE(Set.wrapperClass(AuditLater).has_value());
}

/// One function entry, defined in \p File, detached at \p Line.
SummarySet oneFunction(llvm::StringRef USR, llvm::StringRef File, unsigned Line) {
  StoredLeak Leak;
  Leak.Start = {File.str(), Line, 3};
  StoredFunction F;
  F.Name = "f";
  F.File = File.str();
  F.Leaks = {Leak};
  SummarySet Set;
  Set.Functions[USR.str()] = F;
  Set.Classes["c:@S@W"] = {"W", File.str(), {"commit" + std::to_string(Line)}, {}};
  return Set;
}

TEST(SummarySetTest, MergeKeepsTheSameEntryInAnyOrder) {
  // "c:@F@inl#" is defined by all three (an inline function); "c:@F@own#" once.
  std::vector<SummarySet> Sets = {oneFunction("c:@F@inl#", "/p/b.h", 7), oneFunction("c:@F@inl#", "/p/a.h", 9),
                                  oneFunction("c:@F@inl#", "/p/a.h", 4)};
  Sets[0].merge(oneFunction("c:@F@own#", "/p/own.cpp", 1));
  std::vector<size_t> Order = {0, 1, 2};
  std::string First;
  do {
    SummarySet Merged;
    for (size_t I : Order)
      Merged.merge(Sets[I]);
    std::string Text = text(Merged);
    if (First.empty())
      First = Text;
    EXPECT_EQ(Text, First) << "order " << Order[0] << Order[1] << Order[2];
  } while (std::next_permutation(Order.begin(), Order.end()));

  SummarySet Merged;
  for (const SummarySet &S : Sets)
    Merged.merge(S);
  EXPECT_EQ(Merged.Functions.size(), 2u);
  ASSERT_TRUE(Merged.function("c:@F@inl#").has_value());
  EXPECT_EQ(Merged.function("c:@F@inl#")->File, "/p/a.h"); // the file that sorts first ...
  EXPECT_EQ(Merged.function("c:@F@inl#")->Leaks[0].Start.Line, 4u); // ... then the smaller text
  EXPECT_EQ(Merged.wrapperClass("c:@S@W")->CommitMethods, std::vector<std::string>{"commit4"});
}

TEST(SummarySetTest, MergeOfTwoSetsIsSymmetric) {
  SummarySet A = everyField(), B = oneFunction(AuditLater, "/p/src/aaa.cpp", 3);
  SummarySet AB = A, BA = B;
  AB.merge(B);
  BA.merge(A);
  EXPECT_EQ(text(AB), text(BA));
  EXPECT_EQ(AB.function(AuditLater)->File, "/p/src/aaa.cpp");
  EXPECT_EQ(AB.Functions.size(), 2u);
  EXPECT_EQ(AB.Classes.size(), 2u);
}

// --- Bad files: each an error naming the file and line, never a crash.

/// The line and column a "NAME:LINE:COL: not a summary file: ..." message names.
std::pair<std::string, std::string> position(const std::string &Message) {
  llvm::SmallVector<llvm::StringRef, 3> Parts;
  if (!llvm::Regex("^sums\\.json:([0-9]+):([0-9]+): not a summary file: ").match(Message, &Parts)) {
    ADD_FAILURE() << "not in the NAME:LINE:COL: form: " << Message;
    return {};
  }
  return {Parts[1].str(), Parts[2].str()};
}

TEST(SummarySetErrorsTest, NotJSON) {
  EXPECT_EQ(position(parseError("")).first, "1");
  std::string Whole = text(everyField());
  // Cut in the middle: the parser stops at the end, on the last line.
  llvm::StringRef Truncated = llvm::StringRef(Whole).take_front(Whole.size() / 2);
  EXPECT_EQ(position(parseError(Truncated)).first, std::to_string(Truncated.count('\n') + 1));
  // Cut after a line: the end is on the next line, in its first column
  // (columns count from 1, as in every other txscope and compiler message).
  Truncated = Truncated.take_front(Truncated.rfind('\n') + 1);
  auto AtEnd = position(parseError(Truncated));
  EXPECT_EQ(AtEnd.first, std::to_string(Truncated.count('\n') + 1));
  EXPECT_EQ(AtEnd.second, "1");
}

TEST(SummarySetErrorsTest, NotASummaryFile) {
  for (const char *Text : {"[1, 2]", "\"txscope-summaries\"", "{\"version\": 1}",
                           "{\"format\": \"sarif\", \"version\": 1}", "{\"format\": 1, \"version\": 1}"}) {
    std::string Message = parseError(Text);
    EXPECT_EQ(Message.rfind("sums.json:1: not a txscope summary file", 0), 0u) << Text << ": " << Message;
  }
}

TEST(SummarySetErrorsTest, AnotherVersion) {
  std::string Message = parseError("{\n \"format\": \"txscope-summaries\",\n \"version\": 2,\n \"functions\": {}\n}");
  EXPECT_EQ(Message.rfind("sums.json:3: summary file version 2 is not the version this txscope reads (1)", 0), 0u)
      << Message;
  Message = parseError("{\"format\": \"txscope-summaries\", \"functions\": {}}");
  EXPECT_NE(Message.find("version (none)"), std::string::npos) << Message;
}

/// A file whose only function entry (line 5) is \p Entry.
std::string withFunction(llvm::StringRef Entry) {
  return "{\n \"format\": \"txscope-summaries\",\n \"version\": 1,\n \"functions\": {\n  \"" +
         std::string(AuditLater) + "\": " + Entry.str() + "\n }\n}\n";
}

TEST(SummarySetErrorsTest, AnInvalidLeakKindNamesTheEntry) {
  std::string Message = parseError(withFunction("{\"name\": \"db::auditLater\", \"leaks\": [{\"kind\": \"forgotten\"}]}"));
  EXPECT_EQ(Message.rfind("sums.json:5: invalid functions entry '" + std::string(AuditLater) + "': ", 0), 0u)
      << Message;
  EXPECT_NE(Message.find("expected one of: detached, escapes"), std::string::npos) << Message;
}

TEST(SummarySetErrorsTest, WrongTypesInAFunction) {
  const char *const Entries[] = {
      "\"db::auditLater\"",
      "{\"leaks\": {}}",
      "{\"leaks\": [1]}",
      "{\"leaks\": [{\"kind\": 1}]}",
      "{\"leaks\": [{\"kind\": \"detached\", \"start\": \"db_utils.cpp:10\"}]}",
      "{\"leaks\": [{\"kind\": \"detached\", \"start\": {\"file\": \"a.cpp\", \"line\": \"10\", \"column\": 3}}]}",
      "{\"leaks\": [{\"kind\": \"detached\", \"detail\": {\"file\": \"a.cpp\", \"line\": -1, \"column\": 3}}]}",
      "{\"leaks\": [{\"kind\": \"detached\", \"calls\": [{\"at\": null}]}]}",
      "{\"leaks\": [{\"kind\": \"detached\", \"calls\": [{\"at\": 5, \"callee\": \"f\"}]}]}",
      "{\"leaks\": [{\"kind\": \"detached\", \"uses\": [{\"param\": \"0\", \"fields\": []}]}]}",
      "{\"leaks\": [{\"kind\": \"detached\", \"uses\": [{\"param\": 0, \"fields\": [1]}]}]}",
      "{\"leaks\": [{\"kind\": \"detached\", \"uses\": [{\"param\": -2, \"fields\": []}]}]}",
      "{\"leaks\": [{\"kind\": \"detached\", \"group\": 7}]}",
      "{\"effects\": [{\"kind\": \"begin\"}]}",
      "{\"effects\": [{\"kind\": \"begins\", \"on\": {\"param\": 0, \"fields\": []}}]}",
      "{\"effects\": [{\"kind\": \"commit\", \"on\": []}]}",
      "{\"returns-task\": {\"destructor\": \"sometimes\"}}",
      "{\"joins\": [-1]}",
      "{\"joins\": [\"1\"]}",
      "{\"unknown-joins\": 1}",
      "{\"member-uses\": \"m_db\"}",
      "{\"member-uses\": [1]}",
  };
  for (const char *Entry : Entries) {
    std::string Message = parseError(withFunction(Entry));
    EXPECT_EQ(Message.rfind("sums.json:5: invalid functions entry '" + std::string(AuditLater) + "': ", 0), 0u)
        << Entry << "\n  gives: " << Message;
  }
}

// (Read with a default, a value of another type would pass unnoticed: SPEC §7.)
TEST(SummarySetErrorsTest, WrongTypesOfOptionalValues) {
  for (const char *Entry : {"{\"file\": 7}", "{\"returns-task\": true}",
                            "{\"returns-task\": {\"destructor\": \"join\", \"deferred\": \"yes\"}}"}) {
    std::string Message = parseError(withFunction(Entry));
    EXPECT_EQ(Message.rfind("sums.json:5: invalid functions entry '" + std::string(AuditLater) + "': ", 0), 0u)
        << Entry << "\n  gives: " << Message;
  }
}

TEST(SummarySetErrorsTest, WrongTypesInSectionsAndClasses) {
  const std::string Head = "{\n \"format\": \"txscope-summaries\",\n \"version\": 1,\n";
  EXPECT_EQ(parseError(Head + " \"functions\": []\n}").rfind("sums.json:4: 'functions' must be an object", 0), 0u);
  EXPECT_EQ(parseError(Head + " \"functions\": {},\n \"classes\": 3\n}").rfind("sums.json:5: 'classes' must be an object", 0),
            0u);
  EXPECT_EQ(parseError("{\"format\": \"txscope-summaries\", \"version\": \"1\"}").rfind("sums.json:1: summary file version (none)", 0),
            0u);
  for (const char *Entry : {"[]", "{\"commit\": \"commit\"}", "{\"rollback\": [1]}"}) {
    std::string Message = parseError(Head + " \"classes\": {\n  \"" + Scoped + "\": " + Entry + "\n }\n}");
    EXPECT_EQ(Message.rfind("sums.json:5: invalid classes entry '" + std::string(Scoped) + "': ", 0), 0u)
        << Entry << "\n  gives: " << Message;
  }
}

TEST(SummarySetErrorsTest, AMissingFileIsNamed) {
  llvm::Expected<SummarySet> Set = SummarySet::readFile("/nonexistent/txscope/sums.json");
  ASSERT_FALSE(bool(Set));
  EXPECT_NE(llvm::toString(Set.takeError()).find("'/nonexistent/txscope/sums.json'"), std::string::npos);
}

// --- Fingerprints: what a unit saw of a declaration it does not define.

TEST(SummarySetTest, FingerprintChangesWithEveryField) {
  const StoredFunction Base = everyField().Functions.at(AuditLater);
  std::string Print = summaryFingerprint(std::optional<StoredFunction>(Base));
  std::string Members = memberUsesFingerprint(std::optional<StoredFunction>(Base));
  EXPECT_FALSE(Print.empty());
  EXPECT_FALSE(Members.empty());
  EXPECT_EQ(summaryFingerprint(std::optional<StoredFunction>()), "");
  EXPECT_EQ(memberUsesFingerprint(std::optional<StoredFunction>()), "");
  EXPECT_EQ(fingerprint(std::optional<StoredClass>()), "");
  EXPECT_EQ(summaryFingerprint(std::optional<StoredFunction>(Base)), Print);

  const std::vector<std::pair<const char *, std::function<void(StoredFunction &)>>> Changes = {
      {"name", [](StoredFunction &F) { F.Name += "2"; }},
      {"file", [](StoredFunction &F) { F.File += "2"; }},
      {"leak kind", [](StoredFunction &F) { F.Leaks[0].Kind = FindingKind::NeverJoined; }},
      {"leak start", [](StoredFunction &F) { F.Leaks[0].Start.Column += 1; }},
      {"leak detail", [](StoredFunction &F) { F.Leaks[0].Detail.Line += 1; }},
      {"call", [](StoredFunction &F) { F.Leaks[0].Calls[0].second = "db::other"; }},
      {"use", [](StoredFunction &F) { F.Leaks[0].Uses[1].Fields.pop_back(); }},
      {"group", [](StoredFunction &F) { F.Leaks[0].Group.reset(); }},
      {"leak gone", [](StoredFunction &F) { F.Leaks.pop_back(); }},
      {"effect", [](StoredFunction &F) { F.Effects[0].Kind = TransactionEffect::Commit; }},
      {"returned", [](StoredFunction &F) { F.Returned->Lazy = false; }},
      {"destructor", [](StoredFunction &F) { F.Returned->HandleDestructor = DestructorKind::Join; }},
      {"joins", [](StoredFunction &F) { F.JoinedParameters = {1}; }},
      {"unknown joins", [](StoredFunction &F) { F.UnknownJoins.clear(); }},
      {"takes handles", [](StoredFunction &F) { F.TakesHandles = !F.TakesHandles; }},
  };
  for (const auto &Change : Changes) {
    StoredFunction Changed = Base;
    Change.second(Changed);
    EXPECT_NE(summaryFingerprint(std::optional<StoredFunction>(Changed)), Print) << Change.first;
    EXPECT_EQ(memberUsesFingerprint(std::optional<StoredFunction>(Changed)), Members) << Change.first;
  }
  // The member uses are their own part: a caller asking for the summary
  // does not depend on them, nor the other way round.
  StoredFunction FewerMembers = Base;
  FewerMembers.MemberUses->pop_back();
  EXPECT_EQ(summaryFingerprint(std::optional<StoredFunction>(FewerMembers)), Print);
  EXPECT_NE(memberUsesFingerprint(std::optional<StoredFunction>(FewerMembers)), Members);
  FewerMembers.MemberUses.reset();
  EXPECT_EQ(memberUsesFingerprint(std::optional<StoredFunction>(FewerMembers)), "");
  // An entry with member uses only has no summary to see.
  StoredFunction OnlyMembers;
  OnlyMembers.MemberUses = Base.MemberUses;
  EXPECT_EQ(summaryFingerprint(std::optional<StoredFunction>(OnlyMembers)), "");

  StoredClass C = everyField().Classes.at(Scoped);
  std::string ClassPrint = fingerprint(std::optional<StoredClass>(C));
  EXPECT_FALSE(ClassPrint.empty());
  C.RollbackMethods.pop_back();
  EXPECT_NE(fingerprint(std::optional<StoredClass>(C)), ClassPrint);
}

TEST(SummarySetTest, FingerprintOfAKey) {
  SummarySet Set = everyField();
  EXPECT_EQ(fingerprintOf(Set, std::string("f:") + AuditLater), summaryFingerprint(Set.function(AuditLater)));
  EXPECT_EQ(fingerprintOf(Set, std::string("m:") + AuditLater), memberUsesFingerprint(Set.function(AuditLater)));
  EXPECT_EQ(fingerprintOf(Set, std::string("c:") + Scoped), fingerprint(Set.wrapperClass(Scoped)));
  EXPECT_EQ(fingerprintOf(Set, "f:c:@F@unknown#"), "");
  EXPECT_EQ(fingerprintOf(Set, std::string("x:") + AuditLater), "");
}

} // namespace
