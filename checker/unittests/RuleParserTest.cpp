//===- RuleParserTest.cpp - Rule packs: parsing, validation, loading ------===//
#include "RuleParser.h"
#include "BuiltinPacks.h"
#include "RuleSet.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "gtest/gtest.h"

using namespace txscope;

namespace {

/// The message parsing \p Text as "t.yaml" fails with ("" when it parses).
std::string parseError(llvm::StringRef Text) {
  llvm::Expected<RulePack> Pack = parseRulePack(Text, "t.yaml");
  if (Pack)
    return "";
  return llvm::toString(Pack.takeError());
}

std::string loadError(llvm::StringRef Packs,
                      llvm::ArrayRef<std::string> RuleFiles = {}) {
  llvm::Expected<std::vector<RulePack>> Loaded =
      loadRulePacks(Packs, RuleFiles);
  if (Loaded)
    return "";
  return llvm::toString(Loaded.takeError());
}

std::vector<std::string>
loadedNames(llvm::StringRef Packs, llvm::ArrayRef<std::string> RuleFiles = {}) {
  std::vector<std::string> Names;
  llvm::Expected<std::vector<RulePack>> Loaded =
      loadRulePacks(Packs, RuleFiles);
  if (!Loaded) {
    ADD_FAILURE() << llvm::toString(Loaded.takeError());
    return Names;
  }
  for (const RulePack &P : *Loaded)
    Names.push_back(P.Name);
  return Names;
}

std::vector<std::string> memberNames(const std::vector<MemberRule> &Members) {
  std::vector<std::string> Names;
  for (const MemberRule &M : Members)
    Names.push_back(M.Name + (M.OnlyWithoutArguments ? "()" : ""));
  return Names;
}

/// A rule file on disk, removed when the test ends.
class TempRuleFile {
public:
  explicit TempRuleFile(llvm::StringRef Text) {
    int FD;
    EXPECT_FALSE(
        llvm::sys::fs::createTemporaryFile("txscope-rules", "yaml", FD, Path));
    llvm::raw_fd_ostream OS(FD, /*shouldClose=*/true);
    OS << Text;
  }
  ~TempRuleFile() { llvm::sys::fs::remove(Path); }
  std::string path() const { return std::string(Path.str()); }

private:
  llvm::SmallString<128> Path;
};

using Strings = std::vector<std::string>;

// --- A complete pack -------------------------------------------------------

const char FullPack[] = R"yaml(# every key once
pack: demo
description: "A demo pack"
transactions:
  - type: ::demo::Tx
    commit: [commit, Commit]
    rollback: [abort]
    implicit-context: true
call-pairs:
  - receiver: demo::Session
    begin: [begin, start]
    commit: [commit]
    rollback: [rollback]
    implicit-context: false
task-starts:
  - call: demo::async
    handle: demo::Future
    destructor: join
    policy-argument: 1
    deferred-policy: demo::launch::deferred
  - constructor: demo::Thread
    handle: demo::Thread
  - call: demo::fire
    detached: true
handles:
  - type: demo::Future
    join: [get, "wait()"]
    timed-wait: [wait_for]
    detach: [release]
    destructor: terminate-if-joinable
groups:
  - type: demo::Pool
    spawn:
      - start
      - tryStart
    adopt: [addFuture]
    join: [waitForDone()]
    timed-wait: [waitForDone]
    destructor: cancel-and-join
task-objects:
  - type: demo::PackagedTask
    futures: [get_future]
join-functions:
  - function: demo::WaitAll
)yaml";

TEST(RuleParserTest, CompletePackFillsEveryField) {
  llvm::Expected<RulePack> Pack = parseRulePack(FullPack, "demo.yaml");
  ASSERT_TRUE(static_cast<bool>(Pack)) << llvm::toString(Pack.takeError());
  EXPECT_EQ(Pack->Name, "demo");
  EXPECT_EQ(Pack->Description, "A demo pack");
  EXPECT_EQ(Pack->SourceFile, "demo.yaml");

  ASSERT_EQ(Pack->Transactions.size(), 1u);
  const TransactionTypeRule &Tx = Pack->Transactions[0];
  EXPECT_EQ(Tx.Type, "demo::Tx"); // leading "::" stripped
  EXPECT_EQ(Tx.CommitMethods, (Strings{"commit", "Commit"}));
  EXPECT_EQ(Tx.RollbackMethods, (Strings{"abort"}));
  EXPECT_TRUE(Tx.ImplicitContext);
  EXPECT_EQ(Tx.Line, 5u);

  ASSERT_EQ(Pack->CallPairs.size(), 1u);
  const CallPairRule &Pair = Pack->CallPairs[0];
  EXPECT_EQ(Pair.ReceiverType, "demo::Session");
  EXPECT_EQ(Pair.BeginMethods, (Strings{"begin", "start"}));
  EXPECT_EQ(Pair.CommitMethods, (Strings{"commit"}));
  EXPECT_EQ(Pair.RollbackMethods, (Strings{"rollback"}));
  EXPECT_FALSE(Pair.ImplicitContext);
  EXPECT_EQ(Pair.Line, 10u);

  ASSERT_EQ(Pack->TaskStarts.size(), 3u);
  const TaskStartRule &Async = Pack->TaskStarts[0];
  EXPECT_EQ(Async.Callee, "demo::async");
  EXPECT_FALSE(Async.IsConstructor);
  EXPECT_EQ(Async.Handle, "demo::Future");
  EXPECT_TRUE(Async.HasDestructorOverride);
  EXPECT_EQ(Async.Destructor, DestructorKind::Join);
  EXPECT_EQ(Async.PolicyArgument, 1);
  EXPECT_EQ(Async.DeferredPolicy, "demo::launch::deferred");
  EXPECT_FALSE(Async.Detached);
  EXPECT_EQ(Async.Line, 16u);
  const TaskStartRule &Thread = Pack->TaskStarts[1];
  EXPECT_EQ(Thread.Callee, "demo::Thread");
  EXPECT_TRUE(Thread.IsConstructor);
  EXPECT_EQ(Thread.Handle, "demo::Thread");
  EXPECT_FALSE(Thread.HasDestructorOverride);
  EXPECT_EQ(Thread.Destructor, DestructorKind::None);
  EXPECT_EQ(Thread.PolicyArgument, -1);
  EXPECT_EQ(Thread.DeferredPolicy, "");
  EXPECT_EQ(Thread.Line, 21u);
  const TaskStartRule &Fire = Pack->TaskStarts[2];
  EXPECT_EQ(Fire.Callee, "demo::fire");
  EXPECT_TRUE(Fire.Detached);
  EXPECT_EQ(Fire.Handle, "");
  EXPECT_EQ(Fire.Line, 23u);

  ASSERT_EQ(Pack->Handles.size(), 1u);
  const HandleTypeRule &Future = Pack->Handles[0];
  EXPECT_EQ(Future.Type, "demo::Future");
  EXPECT_EQ(memberNames(Future.JoinMethods), (Strings{"get", "wait()"}));
  EXPECT_EQ(memberNames(Future.TimedWaitMethods), (Strings{"wait_for"}));
  EXPECT_EQ(memberNames(Future.DetachMethods), (Strings{"release"}));
  EXPECT_EQ(Future.Destructor, DestructorKind::TerminateIfJoinable);
  EXPECT_EQ(Future.Line, 26u);

  ASSERT_EQ(Pack->Groups.size(), 1u);
  const GroupTypeRule &Pool = Pack->Groups[0];
  EXPECT_EQ(Pool.Type, "demo::Pool");
  EXPECT_EQ(Pool.SpawnMethods, (Strings{"start", "tryStart"}));
  EXPECT_EQ(Pool.AdoptMethods, (Strings{"addFuture"}));
  EXPECT_EQ(memberNames(Pool.JoinMethods), (Strings{"waitForDone()"}));
  EXPECT_EQ(memberNames(Pool.TimedWaitMethods), (Strings{"waitForDone"}));
  EXPECT_EQ(Pool.Destructor, DestructorKind::CancelAndJoin);
  EXPECT_EQ(Pool.Line, 32u);

  ASSERT_EQ(Pack->TaskObjects.size(), 1u);
  EXPECT_EQ(Pack->TaskObjects[0].Type, "demo::PackagedTask");
  EXPECT_EQ(Pack->TaskObjects[0].FutureMethods, (Strings{"get_future"}));
  EXPECT_EQ(Pack->TaskObjects[0].Line, 41u);

  ASSERT_EQ(Pack->JoinFunctions.size(), 1u);
  EXPECT_EQ(Pack->JoinFunctions[0].Function, "demo::WaitAll");
  EXPECT_EQ(Pack->JoinFunctions[0].Line, 44u);
}

TEST(RuleParserTest, DefaultsOfOptionalKeys) {
  llvm::Expected<RulePack> Pack = parseRulePack("pack: p\n"
                                                "handles:\n"
                                                "  - type: a::H\n"
                                                "groups:\n"
                                                "  - type: a::G\n",
                                                "t.yaml");
  ASSERT_TRUE(static_cast<bool>(Pack)) << llvm::toString(Pack.takeError());
  EXPECT_EQ(Pack->Description, "");
  EXPECT_TRUE(Pack->Transactions.empty());
  ASSERT_EQ(Pack->Handles.size(), 1u);
  EXPECT_EQ(Pack->Handles[0].Destructor, DestructorKind::None);
  EXPECT_TRUE(Pack->Handles[0].JoinMethods.empty());
  ASSERT_EQ(Pack->Groups.size(), 1u);
  EXPECT_EQ(Pack->Groups[0].Destructor, DestructorKind::None);
  EXPECT_TRUE(Pack->Groups[0].SpawnMethods.empty());
}

// SPEC §2b: who may use a transaction or connection at once, and locks.
TEST(RuleParserTest, ConcurrencyKeysAndSections) {
  llvm::Expected<RulePack> Pack = parseRulePack("pack: c\n"
                                                "transactions:\n"
                                                "  - type: a::Tx\n"
                                                "    concurrent-use: forbidden\n"
                                                "  - type: a::Other\n"
                                                "call-pairs:\n"
                                                "  - receiver: a::Client\n"
                                                "    begin: [begin]\n"
                                                "    concurrent-use: serialised\n"
                                                "connections:\n"
                                                "  - type: ::a::Db\n"
                                                "    concurrent-use: thread-bound\n"
                                                "    accessors:\n"
                                                "      - a::Db::database\n"
                                                "      - ::a::defaultDb\n"
                                                "  - type: sqlite3\n"
                                                "    concurrent-use: forbidden\n"
                                                "    accessors: []\n"
                                                "locks:\n"
                                                "  - type: std::lock_guard\n"
                                                "  - {type: \"QMutexLocker\"}\n",
                                                "t.yaml");
  ASSERT_TRUE(static_cast<bool>(Pack)) << llvm::toString(Pack.takeError());
  ASSERT_EQ(Pack->Transactions.size(), 2u);
  EXPECT_EQ(Pack->Transactions[0].Concurrency, ConcurrentUse::Forbidden);
  EXPECT_EQ(Pack->Transactions[1].Concurrency, ConcurrentUse::Unspecified);
  ASSERT_EQ(Pack->CallPairs.size(), 1u);
  EXPECT_EQ(Pack->CallPairs[0].Concurrency, ConcurrentUse::Serialised);
  ASSERT_EQ(Pack->Connections.size(), 2u);
  EXPECT_EQ(Pack->Connections[0].Type, "a::Db");
  EXPECT_EQ(Pack->Connections[0].Concurrency, ConcurrentUse::ThreadBound);
  EXPECT_EQ(Pack->Connections[0].Accessors, (Strings{"a::Db::database", "a::defaultDb"}));
  EXPECT_EQ(Pack->Connections[0].Line, 11u);
  EXPECT_EQ(Pack->Connections[1].Type, "sqlite3");
  EXPECT_EQ(Pack->Connections[1].Concurrency, ConcurrentUse::Forbidden);
  EXPECT_TRUE(Pack->Connections[1].Accessors.empty());
  ASSERT_EQ(Pack->Locks.size(), 2u);
  EXPECT_EQ(Pack->Locks[0].Type, "std::lock_guard");
  EXPECT_EQ(Pack->Locks[0].Line, 20u);
  EXPECT_EQ(Pack->Locks[1].Type, "QMutexLocker");
}

TEST(RuleParserTest, TrailingEmptyDocumentIsAccepted) {
  EXPECT_EQ(parseError("pack: p\n---\n"), "");
}

// --- Errors: YAML itself ---------------------------------------------------

TEST(RuleParserErrorTest, SyntaxError) {
  EXPECT_EQ(
      parseError("pack: p\n"
                 "description: \"unterminated\n"),
      "t.yaml:2:27: error: invalid YAML: Expected quote at end of scalar");
  EXPECT_EQ(parseError("pack: p\n"
                       "\tdescription: tab\n"),
            "t.yaml:2:1: error: invalid YAML: Found invalid tab character in "
            "indentation");
  EXPECT_EQ(parseError("pack: p\n"
                       "transactions:\n"
                       "  - type: a::T\n"
                       "   commit: [end]\n"),
            "t.yaml:4:10: error: invalid YAML: Unexpected token. Expected "
            "Block Entry or Block End.");
  EXPECT_EQ(parseError("}\n"), "t.yaml:1:1: error: invalid YAML: Unexpected "
                               "token");
}

TEST(RuleParserErrorTest, EmptyFile) {
  EXPECT_EQ(parseError(""), "t.yaml:1:1: error: empty rule pack (expected a "
                            "mapping with at least the key 'pack')");
  EXPECT_EQ(parseError("# only a comment\n"),
            "t.yaml:1:1: error: empty rule pack (expected a mapping with at "
            "least the key 'pack')");
}

// SPEC §7: large and binary rule files are read to the end or rejected
// with a position, never a crash.
TEST(RuleParserErrorTest, TenMegabyteFiles) {
  // A valid pack of 10 MB: 100,000 transaction types.
  std::string Big = "pack: big\ntransactions:\n";
  for (unsigned I = 0; Big.size() < (10u << 20); ++I)
    Big += "  - type: generated::Transaction" + std::to_string(I) +
           "\n    commit: [commit]\n    rollback: [abort]\n";
  llvm::Expected<RulePack> Pack = parseRulePack(Big, "big.yaml");
  ASSERT_TRUE(static_cast<bool>(Pack)) << llvm::toString(Pack.takeError());
  EXPECT_GT(Pack->Transactions.size(), 100000u);

  // One 10 MB scalar where a list belongs: an error at its position.
  std::string Long = "pack: p\ntransactions:\n  - type: a::T\n    commit: " +
                     std::string(10u << 20, 'x') + "\n";
  EXPECT_EQ(parseError(Long), "t.yaml:4:5: error: expected a sequence for 'commit' in "
                              "transaction rule, found a scalar");

  // 10 MB of binary data that is no YAML at all.
  std::string Binary;
  for (unsigned I = 0; Binary.size() < (10u << 20); ++I)
    Binary += char((I * 2654435761u) >> 24);
  EXPECT_NE(parseError(Binary).find("t.yaml:"), std::string::npos);
}

TEST(RuleParserErrorTest, TopLevelIsNotAMapping) {
  EXPECT_EQ(parseError("- pack\n"),
            "t.yaml:1:1: error: expected a mapping at the top level of a rule "
            "pack, found a sequence");
}

TEST(RuleParserErrorTest, SecondDocument) {
  EXPECT_EQ(parseError("pack: a\n"
                       "---\n"
                       "pack: b\n"),
            "t.yaml:3:1: error: a rule pack must be a single YAML document");
}

// --- Errors: keys ----------------------------------------------------------

TEST(RuleParserErrorTest, UnknownKey) {
  EXPECT_EQ(parseError("pack: p\n"
                       "transactions:\n"
                       "  - type: pqxx::work\n"
                       "    comit: [commit]\n"),
            "t.yaml:4:5: error: unknown key 'comit' in transaction rule "
            "(expected one of: type, commit, rollback, begin, implicit-context, "
            "concurrent-use)");
  EXPECT_EQ(parseError("pack: p\n"
                       "task-start: []\n"),
            "t.yaml:2:1: error: unknown key 'task-start' in rule pack "
            "(expected one of: pack, description, transactions, call-pairs, "
            "sql-calls, callbacks, task-starts, handles, groups, task-objects, task-graphs, join-functions, "
            "detach-functions, connections, locks, per-thread, serialising-executors)");
  EXPECT_EQ(parseError("pack: p\n"
                       "connections:\n"
                       "  - type: a::Conn\n"
                       "    concurrent-use: forbidden\n"
                       "    accessor: [get]\n"),
            "t.yaml:5:5: error: unknown key 'accessor' in connection rule "
            "(expected one of: type, concurrent-use, accessors)");
  EXPECT_EQ(parseError("pack: p\n"
                       "locks:\n"
                       "  - type: a::Guard\n"
                       "    concurrent-use: forbidden\n"),
            "t.yaml:4:5: error: unknown key 'concurrent-use' in lock rule "
            "(expected one of: type)");
  EXPECT_EQ(parseError("pack: p\n"
                       "call-pairs:\n"
                       "  - receiver: a::S\n"
                       "    begin: [begin]\n"
                       "    concurrent_use: forbidden\n"),
            "t.yaml:5:5: error: unknown key 'concurrent_use' in call-pair rule "
            "(expected one of: receiver, begin, commit, rollback, implicit-context, "
            "concurrent-use)");
}

TEST(RuleParserErrorTest, DuplicateKey) {
  EXPECT_EQ(parseError("pack: p\n"
                       "transactions:\n"
                       "  - type: a::T\n"
                       "    commit: [commit]\n"
                       "    commit: [end]\n"),
            "t.yaml:5:5: error: duplicate key 'commit' in transaction rule");
  EXPECT_EQ(parseError("pack: p\n"
                       "pack: q\n"),
            "t.yaml:2:1: error: duplicate key 'pack' in rule pack");
}

TEST(RuleParserErrorTest, MissingRequiredKey) {
  EXPECT_EQ(parseError("description: no name\n"),
            "t.yaml:1:1: error: missing required key 'pack' in rule pack");
  EXPECT_EQ(parseError("pack: p\n"
                       "transactions:\n"
                       "  - commit: [commit]\n"),
            "t.yaml:3:5: error: missing required key 'type' in transaction "
            "rule");
  EXPECT_EQ(
      parseError("pack: p\n"
                 "call-pairs:\n"
                 "  - receiver: a::Session\n"
                 "    commit: [commit]\n"),
      "t.yaml:3:5: error: missing required key 'begin' in call-pair rule");
  EXPECT_EQ(parseError("pack: p\n"
                       "handles:\n"
                       "  - join: [get]\n"),
            "t.yaml:3:5: error: missing required key 'type' in handle rule");
  EXPECT_EQ(parseError("pack: p\n"
                       "groups:\n"
                       "  - spawn: [run]\n"),
            "t.yaml:3:5: error: missing required key 'type' in group rule");
  EXPECT_EQ(parseError("pack: p\n"
                       "task-objects:\n"
                       "  - type: a::Packaged\n"),
            "t.yaml:3:5: error: missing required key 'futures' in task-object "
            "rule");
  EXPECT_EQ(parseError("pack: p\n"
                       "connections:\n"
                       "  - type: a::Conn\n"),
            "t.yaml:3:5: error: missing required key 'concurrent-use' in "
            "connection rule");
  EXPECT_EQ(parseError("pack: p\n"
                       "connections:\n"
                       "  - concurrent-use: forbidden\n"),
            "t.yaml:3:5: error: missing required key 'type' in connection rule");
  EXPECT_EQ(parseError("pack: p\n"
                       "locks:\n"
                       "  - {}\n"),
            "t.yaml:3:6: error: missing required key 'type' in lock rule");
  EXPECT_EQ(parseError("pack: p\n"
                       "join-functions:\n"
                       "  - {}\n"),
            "t.yaml:3:6: error: missing required key 'function' in "
            "join-function rule");
}

TEST(RuleParserErrorTest, EmptyRequiredList) {
  EXPECT_EQ(parseError("pack: p\n"
                       "call-pairs:\n"
                       "  - receiver: a::Session\n"
                       "    begin: []\n"),
            "t.yaml:4:5: error: 'begin' in call-pair rule must not be empty");
  EXPECT_EQ(parseError("pack: p\n"
                       "task-objects:\n"
                       "  - type: a::Packaged\n"
                       "    futures: []\n"),
            "t.yaml:4:5: error: 'futures' in task-object rule must not be "
            "empty");
  EXPECT_EQ(parseError("pack: p\n"
                       "task-graphs:\n"
                       "  - type: a::Graph\n"
                       "    add: []\n"),
            "t.yaml:4:5: error: 'add' in task-graph rule must not be empty");
}

TEST(RuleParserErrorTest, LazyTaskStartIsNotRunning) {
  EXPECT_EQ(parseError("pack: p\n"
                       "task-starts:\n"
                       "  - call: a::then\n"
                       "    lazy: true\n"
                       "    detached: true\n"),
            "t.yaml:3:5: error: task-start rule has 'lazy: true' with 'constructor', 'detached', "
            "'blocking', 'parallel' or 'group-argument' (a lazy task is not running yet)");
}

TEST(RuleParserTest, TimedJoinFunction) {
  llvm::Expected<RulePack> Pack = parseRulePack("pack: p\n"
                                                "join-functions:\n"
                                                "  - function: a::WaitFor\n"
                                                "    timed: true\n"
                                                "    ready-status: [kReady]\n",
                                                "t.yaml");
  ASSERT_TRUE(static_cast<bool>(Pack)) << llvm::toString(Pack.takeError());
  ASSERT_EQ(Pack->JoinFunctions.size(), 1u);
  EXPECT_TRUE(Pack->JoinFunctions[0].Timed);
  EXPECT_EQ(Pack->JoinFunctions[0].ReadyStatus, (Strings{"kReady"}));
  EXPECT_EQ(parseError("pack: p\n"
                       "join-functions:\n"
                       "  - function: a::Wait\n"
                       "    ready-status: [kReady]\n"),
            "t.yaml:3:5: error: join-function rule has 'ready-status' without 'timed: true'");
}

TEST(RuleParserTest, TaskGraph) {
  llvm::Expected<RulePack> Pack = parseRulePack("pack: p\n"
                                                "task-graphs:\n"
                                                "  - type: a::Graph\n"
                                                "    add: [emplace, composed_of]\n",
                                                "t.yaml");
  ASSERT_TRUE(static_cast<bool>(Pack)) << llvm::toString(Pack.takeError());
  ASSERT_EQ(Pack->TaskGraphs.size(), 1u);
  EXPECT_EQ(Pack->TaskGraphs[0].Type, "a::Graph");
  EXPECT_EQ(Pack->TaskGraphs[0].AddMethods, (Strings{"emplace", "composed_of"}));
  EXPECT_EQ(Pack->TaskGraphs[0].Line, 3u);
}

TEST(RuleParserErrorTest, NonScalarKey) {
  EXPECT_EQ(parseError("pack: p\n"
                       "? [a]\n"
                       ": b\n"),
            "t.yaml:2:4: error: expected a scalar key in rule pack, found a "
            "sequence");
}

// --- Errors: node kinds ----------------------------------------------------

TEST(RuleParserErrorTest, WrongNodeKind) {
  EXPECT_EQ(parseError("pack: [p]\n"),
            "t.yaml:1:1: error: expected a scalar for 'pack' in rule pack, "
            "found a sequence");
  EXPECT_EQ(parseError("pack: p\n"
                       "transactions:\n"
                       "  type: a::T\n"),
            "t.yaml:2:1: error: expected a sequence for 'transactions' in rule "
            "pack, found a mapping");
  EXPECT_EQ(parseError("pack: p\n"
                       "transactions:\n"
                       "  - a::T\n"),
            "t.yaml:3:5: error: expected a mapping for each entry of "
            "'transactions', found a scalar");
  EXPECT_EQ(
      parseError("pack: p\n"
                 "transactions:\n"
                 "  - type: a::T\n"
                 "    commit: commit\n"),
      "t.yaml:4:5: error: expected a sequence for 'commit' in transaction "
      "rule, found a scalar");
  EXPECT_EQ(parseError("pack: p\n"
                       "transactions:\n"
                       "  - type: a::T\n"
                       "    rollback:\n"),
            "t.yaml:4:5: error: expected a sequence for 'rollback' in "
            "transaction rule, found an empty value");
  EXPECT_EQ(parseError("pack: p\n"
                       "handles:\n"
                       "  - type: a::H\n"
                       "    join:\n"
                       "      - get: x\n"),
            "t.yaml:5:9: error: expected a scalar in the list 'join' of handle "
            "rule, found a mapping");
  EXPECT_EQ(parseError("pack: p\n"
                       "connections:\n"
                       "  - type: a::Conn\n"
                       "    concurrent-use: forbidden\n"
                       "    accessors: a::get\n"),
            "t.yaml:5:5: error: expected a sequence for 'accessors' in "
            "connection rule, found a scalar");
  EXPECT_EQ(parseError("pack: p\n"
                       "connections:\n"
                       "  - type: a::Conn\n"
                       "    concurrent-use: [forbidden]\n"),
            "t.yaml:4:5: error: expected a scalar for 'concurrent-use' in "
            "connection rule, found a sequence");
  EXPECT_EQ(parseError("pack: p\n"
                       "locks: a::Guard\n"),
            "t.yaml:2:1: error: expected a sequence for 'locks' in rule pack, "
            "found a scalar");
  EXPECT_EQ(parseError("pack: &name p\n"
                       "description: *name\n"),
            "t.yaml:2:1: error: expected a scalar for 'description' in rule "
            "pack, found an alias");
}

// --- Errors: values --------------------------------------------------------

TEST(RuleParserErrorTest, MalformedQualifiedName) {
  EXPECT_EQ(parseError("pack: p\n"
                       "transactions:\n"
                       "  - type: pqxx:work\n"),
            "t.yaml:3:11: error: malformed qualified name 'pqxx:work' for "
            "'type' in transaction rule (expected identifiers separated by "
            "'::')");
  EXPECT_EQ(parseError("pack: p\n"
                       "join-functions:\n"
                       "  - function: \"ns::\"\n"),
            "t.yaml:3:15: error: malformed qualified name 'ns::' for "
            "'function' in join-function rule (expected identifiers "
            "separated by '::')");
  EXPECT_EQ(parseError("pack: p\n"
                       "task-starts:\n"
                       "  - call: std::async\n"
                       "    handle: std::future<int>\n"),
            "t.yaml:4:13: error: malformed qualified name 'std::future<int>' "
            "for 'handle' in task-start rule (expected identifiers separated "
            "by '::')");
  EXPECT_EQ(parseError("pack: p\n"
                       "locks:\n"
                       "  - type: std::lock_guard<std::mutex>\n"),
            "t.yaml:3:11: error: malformed qualified name "
            "'std::lock_guard<std::mutex>' for 'type' in lock rule (expected "
            "identifiers separated by '::')");
  EXPECT_EQ(parseError("pack: p\n"
                       "connections:\n"
                       "  - type: Db\n"
                       "    concurrent-use: forbidden\n"
                       "    accessors:\n"
                       "      - Db::database\n"
                       "      - \"Db::database()\"\n"),
            "t.yaml:7:9: error: malformed qualified name 'Db::database()' in "
            "'accessors' of connection rule (expected identifiers separated "
            "by '::')");
}

TEST(RuleParserErrorTest, MalformedMemberName) {
  EXPECT_EQ(parseError("pack: p\n"
                       "transactions:\n"
                       "  - type: a::T\n"
                       "    commit: [commit, \"do it\"]\n"),
            "t.yaml:4:22: error: malformed member name 'do it' in 'commit' of "
            "transaction rule (expected an identifier)");
  EXPECT_EQ(parseError("pack: p\n"
                       "groups:\n"
                       "  - type: a::G\n"
                       "    spawn: [\"start()\"]\n"),
            "t.yaml:4:13: error: malformed member name 'start()' in 'spawn' of "
            "group rule (expected an identifier)");
  EXPECT_EQ(parseError("pack: p\n"
                       "handles:\n"
                       "  - type: a::H\n"
                       "    join: [\"get(1)\"]\n"),
            "t.yaml:4:12: error: malformed member name 'get(1)' in 'join' of "
            "handle rule (expected an identifier, optionally followed by "
            "'()')");
}

TEST(RuleParserErrorTest, MalformedPackName) {
  EXPECT_EQ(parseError("pack: my pack\n"),
            "t.yaml:1:7: error: malformed pack name 'my pack' (expected an "
            "identifier)");
}

TEST(RuleParserErrorTest, BadEnumValue) {
  EXPECT_EQ(parseError("pack: p\n"
                       "handles:\n"
                       "  - type: a::H\n"
                       "    destructor: joins\n"),
            "t.yaml:4:17: error: invalid value 'joins' for 'destructor' in "
            "handle rule (expected one of: none, join, cancel-and-join, "
            "terminate-if-joinable)");
}

TEST(RuleParserErrorTest, BadConcurrentUse) {
  EXPECT_EQ(parseError("pack: p\n"
                       "transactions:\n"
                       "  - type: a::T\n"
                       "    concurrent-use: serialized\n"),
            "t.yaml:4:21: error: invalid value 'serialized' for 'concurrent-use' "
            "in transaction rule (expected one of: forbidden, serialised, "
            "thread-bound)");
  EXPECT_EQ(parseError("pack: p\n"
                       "call-pairs:\n"
                       "  - receiver: a::S\n"
                       "    begin: [begin]\n"
                       "    concurrent-use: unspecified\n"),
            "t.yaml:5:21: error: invalid value 'unspecified' for 'concurrent-use' "
            "in call-pair rule (expected one of: forbidden, serialised, "
            "thread-bound)");
  EXPECT_EQ(parseError("pack: p\n"
                       "connections:\n"
                       "  - type: a::Conn\n"
                       "    concurrent-use: Forbidden\n"),
            "t.yaml:4:21: error: invalid value 'Forbidden' for 'concurrent-use' "
            "in connection rule (expected one of: forbidden, serialised, "
            "thread-bound)");
}

TEST(RuleParserErrorTest, BadBool) {
  EXPECT_EQ(parseError("pack: p\n"
                       "transactions:\n"
                       "  - type: a::T\n"
                       "    implicit-context: yes\n"),
            "t.yaml:4:23: error: invalid value 'yes' for 'implicit-context' in "
            "transaction rule (expected true or false)");
}

TEST(RuleParserErrorTest, BadInt) {
  const char Prefix[] = "pack: p\n"
                        "task-starts:\n"
                        "  - call: a::run\n"
                        "    handle: a::H\n"
                        "    deferred-policy: a::deferred\n";
  EXPECT_EQ(parseError(std::string(Prefix) + "    policy-argument: -1\n"),
            "t.yaml:6:22: error: invalid value '-1' for 'policy-argument' in "
            "task-start rule (expected a non-negative integer)");
  EXPECT_EQ(parseError(std::string(Prefix) + "    policy-argument: first\n"),
            "t.yaml:6:22: error: invalid value 'first' for 'policy-argument' "
            "in task-start rule (expected a non-negative integer)");
  EXPECT_EQ(
      parseError(std::string(Prefix) + "    policy-argument: 99999999999\n"),
      "t.yaml:6:22: error: invalid value '99999999999' for "
      "'policy-argument' in task-start rule (expected a non-negative "
      "integer)");
}

// --- Errors: task-start constraints ----------------------------------------

TEST(RuleParserErrorTest, TaskStartConstraints) {
  EXPECT_EQ(parseError("pack: p\n"
                       "task-starts:\n"
                       "  - call: a::run\n"
                       "    constructor: a::Thread\n"
                       "    handle: a::H\n"),
            "t.yaml:4:5: error: task-start rule has both 'call' and "
            "'constructor' (expected exactly one)");
  EXPECT_EQ(parseError("pack: p\n"
                       "task-starts:\n"
                       "  - handle: a::H\n"),
            "t.yaml:3:5: error: task-start rule needs 'call' or 'constructor'");
  // Without 'handle' the call's return type decides (asio::co_spawn).
  EXPECT_EQ(parseError("pack: p\n"
                       "task-starts:\n"
                       "  - call: a::run\n"
                       "    group-argument: 0\n"),
            "");
  EXPECT_EQ(parseError("pack: p\n"
                       "handles:\n"
                       "  - type: a::Task\n"
                       "    lazy: maybe\n"),
            "t.yaml:4:11: error: invalid value 'maybe' for 'lazy' in handle rule (expected true or false)");
  EXPECT_EQ(parseError("pack: p\n"
                       "task-starts:\n"
                       "  - call: a::run\n"
                       "    handle: a::H\n"
                       "    detached: true\n"),
            "t.yaml:3:5: error: task-start rule has both 'handle' and "
            "'detached: true' (a detached task has no handle)");
  EXPECT_EQ(
      parseError("pack: p\n"
                 "task-starts:\n"
                 "  - call: a::run\n"
                 "    detached: true\n"
                 "    destructor: join\n"),
      "t.yaml:3:5: error: task-start rule has 'destructor' but no handle");
  EXPECT_EQ(parseError("pack: p\n"
                       "task-starts:\n"
                       "  - call: a::run\n"
                       "    handle: a::H\n"
                       "    policy-argument: 0\n"),
            "t.yaml:3:5: error: task-start rule needs 'policy-argument' and "
            "'deferred-policy' together");
  EXPECT_EQ(parseError("pack: p\n"
                       "task-starts:\n"
                       "  - call: a::run\n"
                       "    handle: a::H\n"
                       "    deferred-policy: a::deferred\n"),
            "t.yaml:3:5: error: task-start rule needs 'policy-argument' and "
            "'deferred-policy' together");
}

// --- Built-in packs --------------------------------------------------------

TEST(BuiltinPacksTest, EveryPackParses) {
  ASSERT_FALSE(builtinPacks().empty());
  for (const BuiltinPack &Builtin : builtinPacks()) {
    SCOPED_TRACE(Builtin.FileName);
    llvm::Expected<RulePack> Pack =
        parseRulePack(Builtin.Text, Builtin.FileName);
    ASSERT_TRUE(static_cast<bool>(Pack)) << llvm::toString(Pack.takeError());
    // The Packs option names a pack by its file name.
    EXPECT_EQ(Pack->Name + ".yaml", Builtin.FileName);
    EXPECT_FALSE(Pack->Description.empty());
  }
}

TEST(BuiltinPacksTest, StdAsyncFutureJoinsInItsDestructor) {
  llvm::Expected<std::vector<RulePack>> Packs = loadRulePacks("std", {});
  ASSERT_TRUE(static_cast<bool>(Packs)) << llvm::toString(Packs.takeError());
  ASSERT_EQ(Packs->size(), 1u);
  const TaskStartRule &Async = Packs->front().TaskStarts.front();
  EXPECT_EQ(Async.Callee, "std::async");
  EXPECT_EQ(Async.Handle, "std::future");
  EXPECT_TRUE(Async.HasDestructorOverride);
  EXPECT_EQ(Async.Destructor, DestructorKind::Join);
  EXPECT_EQ(Async.PolicyArgument, 0);
  EXPECT_EQ(Async.DeferredPolicy, "std::launch::deferred");
  ASSERT_EQ(Packs->front().TaskObjects.size(), 2u);
  EXPECT_EQ(Packs->front().TaskObjects[0].Type, "std::packaged_task");
  EXPECT_EQ(Packs->front().TaskObjects[1].Type, "std::promise");
}

TEST(BuiltinPacksTest, TimedWaitsSayWhenTheTaskFinished) {
  llvm::Expected<std::vector<RulePack>> Std = loadRulePacks("std", {});
  ASSERT_TRUE(static_cast<bool>(Std)) << llvm::toString(Std.takeError());
  const HandleTypeRule &Future = Std->front().Handles.front();
  EXPECT_EQ(Future.Type, "std::future");
  EXPECT_EQ(Future.ReadyStatus, (Strings{"ready"}));
  EXPECT_TRUE(Future.ReadyTestMethods.empty());
  llvm::Expected<std::vector<RulePack>> Qt = loadRulePacks("qt", {});
  ASSERT_TRUE(static_cast<bool>(Qt)) << llvm::toString(Qt.takeError());
  const HandleTypeRule &QFuture = Qt->front().Handles.front();
  EXPECT_EQ(QFuture.Type, "QFuture");
  EXPECT_EQ(memberNames(QFuture.ReadyTestMethods), (Strings{"isFinished"}));
  EXPECT_TRUE(QFuture.ReadyStatus.empty());
}

TEST(BuiltinPacksTest, QThreadPoolWaitForDoneJoinsOnlyWithoutArguments) {
  llvm::Expected<std::vector<RulePack>> Packs = loadRulePacks("qt", {});
  ASSERT_TRUE(static_cast<bool>(Packs)) << llvm::toString(Packs.takeError());
  ASSERT_EQ(Packs->size(), 1u);
  const GroupTypeRule &Pool = Packs->front().Groups.front();
  EXPECT_EQ(Pool.Type, "QThreadPool");
  EXPECT_EQ(memberNames(Pool.JoinMethods), (Strings{"waitForDone()"}));
  EXPECT_EQ(memberNames(Pool.TimedWaitMethods), (Strings{"waitForDone"}));
}

// The choices of rules/*.yaml for SPEC §2b (each documented in its pack).
TEST(BuiltinPacksTest, ConcurrentUseOfTheBuiltinPacks) {
  llvm::Expected<std::vector<RulePack>> Packs = loadRulePacks("all", {});
  ASSERT_TRUE(static_cast<bool>(Packs)) << llvm::toString(Packs.takeError());
  auto Pack = [&](llvm::StringRef Name) -> const RulePack & {
    for (const RulePack &P : *Packs)
      if (P.Name == Name)
        return P;
    ADD_FAILURE() << "no pack " << Name.str();
    return Packs->front();
  };
  auto Connection = [&](llvm::StringRef PackName, llvm::StringRef Type) {
    for (const ConnectionTypeRule &R : Pack(PackName).Connections)
      if (R.Type == Type)
        return R.Concurrency;
    ADD_FAILURE() << "no connection rule " << Type.str() << " in " << PackName.str();
    return ConcurrentUse::Unspecified;
  };
  auto Transaction = [&](llvm::StringRef PackName, llvm::StringRef Type) {
    for (const TransactionTypeRule &R : Pack(PackName).Transactions)
      if (R.Type == Type)
        return R.Concurrency;
    ADD_FAILURE() << "no transaction rule " << Type.str() << " in " << PackName.str();
    return ConcurrentUse::Unspecified;
  };
  auto Receiver = [&](llvm::StringRef PackName, llvm::StringRef Type) {
    for (const CallPairRule &R : Pack(PackName).CallPairs)
      if (R.ReceiverType == Type)
        return R.Concurrency;
    ADD_FAILURE() << "no call-pair rule " << Type.str() << " in " << PackName.str();
    return ConcurrentUse::Unspecified;
  };
  EXPECT_EQ(Transaction("pqxx", "pqxx::transaction_base"), ConcurrentUse::Forbidden);
  EXPECT_EQ(Connection("pqxx", "pqxx::connection"), ConcurrentUse::Forbidden);
  EXPECT_EQ(Connection("pqxx", "pqxx::connection_base"), ConcurrentUse::Forbidden);
  EXPECT_EQ(Transaction("soci", "soci::transaction"), ConcurrentUse::Forbidden);
  EXPECT_EQ(Receiver("soci", "soci::session"), ConcurrentUse::Forbidden);
  EXPECT_EQ(Connection("soci", "soci::session"), ConcurrentUse::Forbidden);
  EXPECT_EQ(Transaction("sqlitecpp", "SQLite::Transaction"), ConcurrentUse::Forbidden);
  EXPECT_EQ(Connection("sqlitecpp", "SQLite::Database"), ConcurrentUse::Forbidden);
  EXPECT_EQ(Connection("sqlite3", "sqlite3"), ConcurrentUse::Forbidden);
  EXPECT_EQ(Connection("libpq", "PGconn"), ConcurrentUse::Forbidden);
  EXPECT_EQ(Transaction("userver", "userver::storages::postgres::Transaction"),
            ConcurrentUse::Forbidden);
  EXPECT_EQ(Transaction("userver", "userver::storages::mysql::Transaction"),
            ConcurrentUse::Forbidden);
  EXPECT_EQ(Transaction("userver", "userver::ydb::Transaction"), ConcurrentUse::Forbidden);
  EXPECT_EQ(Receiver("mongocxx", "mongocxx::client_session"), ConcurrentUse::Forbidden);
  EXPECT_EQ(Receiver("mongocxx", "mongocxx::v1::client_session"), ConcurrentUse::Forbidden);
  EXPECT_EQ(Connection("mongocxx", "mongocxx::client"), ConcurrentUse::Forbidden);
  EXPECT_EQ(Transaction("odb", "odb::transaction"), ConcurrentUse::Forbidden);
  EXPECT_EQ(Connection("odb", "odb::connection"), ConcurrentUse::Forbidden);
  EXPECT_EQ(Transaction("drogon", "drogon::orm::Transaction"), ConcurrentUse::Serialised);
  EXPECT_EQ(Connection("drogon", "drogon::orm::DbClient"), ConcurrentUse::Serialised);
  EXPECT_EQ(Connection("qt", "QSqlDatabase"), ConcurrentUse::ThreadBound);
  EXPECT_EQ(Connection("qt", "QSqlQuery"), ConcurrentUse::ThreadBound);
  EXPECT_EQ(Pack("qt").Connections.front().Accessors, (Strings{"QSqlDatabase::database"}));
  // The call pair on QSqlDatabase leaves it to the connection rule.
  EXPECT_EQ(Receiver("qt", "QSqlDatabase"), ConcurrentUse::Unspecified);

  auto LockNames = [&](llvm::StringRef PackName) {
    Strings Names;
    for (const ClassNameRule &R : Pack(PackName).Locks)
      Names.push_back(R.Type);
    return Names;
  };
  EXPECT_EQ(LockNames("std"), (Strings{"std::lock_guard", "std::unique_lock", "std::scoped_lock"}));
  EXPECT_EQ(LockNames("qt"), (Strings{"QMutexLocker", "QWriteLocker"}));
}

TEST(RuleParserTest, SqlCalls) {
  llvm::Expected<RulePack> Pack = parseRulePack("pack: c\n"
                                                "sql-calls:\n"
                                                "  - call: PQexec\n"
                                                "    connection-argument: 0\n"
                                                "    sql-argument: 1\n"
                                                "  - call: lib::Tx::exec\n"
                                                "    sql-argument: 0\n",
                                                "t.yaml");
  ASSERT_TRUE(static_cast<bool>(Pack)) << llvm::toString(Pack.takeError());
  ASSERT_EQ(Pack->SqlCalls.size(), 2u);
  EXPECT_EQ(Pack->SqlCalls[0].Callee, "PQexec");
  EXPECT_EQ(Pack->SqlCalls[0].ConnectionArgument, 0);
  EXPECT_EQ(Pack->SqlCalls[0].SqlArgument, 1);
  EXPECT_EQ(Pack->SqlCalls[1].ConnectionArgument, -1); // the receiver
  EXPECT_EQ(Pack->SqlCalls[1].Line, 6u);
  EXPECT_EQ(parseError("pack: c\n"
                       "sql-calls:\n"
                       "  - call: PQexec\n"),
            "t.yaml:3:5: error: missing required key 'sql-argument' in sql-call rule");
}

// --- loadRulePacks ---------------------------------------------------------

/// The names of the built-in packs, from their file names (a pack is named
/// after its file).
Strings builtinNames() {
  Strings Names;
  for (const BuiltinPack &Pack : builtinPacks())
    Names.push_back(llvm::StringRef(Pack.FileName).drop_back(strlen(".yaml")).str());
  return Names;
}

TEST(LoadRulePacksTest, AllIsEveryBuiltinPack) {
  Strings All = builtinNames();
  EXPECT_GE(All.size(), 9u);
  EXPECT_EQ(loadedNames("all"), All);
  EXPECT_EQ(loadedNames(""), All);
  EXPECT_EQ(loadedNames("  all "), All);
}

TEST(LoadRulePacksTest, BuiltinSourceFileNames) {
  llvm::Expected<std::vector<RulePack>> Packs = loadRulePacks("tbb", {});
  ASSERT_TRUE(static_cast<bool>(Packs)) << llvm::toString(Packs.takeError());
  ASSERT_EQ(Packs->size(), 1u);
  EXPECT_EQ(Packs->front().SourceFile, "<builtin>/tbb.yaml");
}

TEST(LoadRulePacksTest, SelectedPacks) {
  EXPECT_EQ(loadedNames(" std ; pqxx,"), (Strings{"pqxx", "std"}));
  EXPECT_EQ(loadedNames("qt,qt"), (Strings{"qt"}));
  EXPECT_EQ(loadedNames("none"), Strings{});
}

TEST(LoadRulePacksTest, UnknownPack) {
  std::string Known;
  for (const std::string &Name : builtinNames())
    Known += (Known.empty() ? "" : ", ") + Name;
  EXPECT_EQ(loadError("std,foo"),
            "unknown rule pack 'foo' in option 'Packs' (known packs: " + Known + ")");
}

TEST(LoadRulePacksTest, MissingRuleFile) {
  EXPECT_EQ(loadError("all", {"/nonexistent/txscope/my.yaml"}),
            "cannot read rule file '/nonexistent/txscope/my.yaml': No such "
            "file or directory");
}

TEST(LoadRulePacksTest, UserFileFollowsBuiltins) {
  TempRuleFile File("pack: mine\n"
                    "join-functions:\n"
                    "  - function: my::WaitAll\n");
  llvm::Expected<std::vector<RulePack>> Packs =
      loadRulePacks("std,tbb", {File.path()});
  ASSERT_TRUE(static_cast<bool>(Packs)) << llvm::toString(Packs.takeError());
  ASSERT_EQ(Packs->size(), 3u);
  EXPECT_EQ((*Packs)[0].Name, "std");
  EXPECT_EQ((*Packs)[1].Name, "tbb");
  EXPECT_EQ((*Packs)[2].Name, "mine");
  EXPECT_EQ((*Packs)[2].SourceFile, File.path());
  ASSERT_EQ((*Packs)[2].JoinFunctions.size(), 1u);
  EXPECT_EQ((*Packs)[2].JoinFunctions[0].Function, "my::WaitAll");
}

TEST(LoadRulePacksTest, BrokenUserFileNamesItsPath) {
  TempRuleFile File("pack: mine\n"
                    "handles:\n"
                    "  - type: my::Handle\n"
                    "    destructor: maybe\n");
  EXPECT_EQ(loadError("all", {File.path()}),
            File.path() + ":4:17: error: invalid value 'maybe' for "
                          "'destructor' in handle rule (expected one of: none, "
                          "join, cancel-and-join, terminate-if-joinable)");
}

} // namespace

TEST(RuleParserTest, ParallelAlgorithmsAndPerThreadContainers) {
  llvm::Expected<RulePack> Pack = parseRulePack("pack: p\n"
                                                "per-thread:\n"
                                                "  - type: tbb::enumerable_thread_specific\n"
                                                "task-starts:\n"
                                                "  - call: tbb::parallel_for\n"
                                                "    parallel: true\n"
                                                "    blocking: true\n"
                                                "  - call: QtConcurrent::map\n"
                                                "    handle: QFuture\n"
                                                "    parallel: true\n",
                                                "t.yaml");
  ASSERT_TRUE(static_cast<bool>(Pack)) << llvm::toString(Pack.takeError());
  ASSERT_EQ(Pack->PerThread.size(), 1u);
  EXPECT_EQ(Pack->PerThread[0].Type, "tbb::enumerable_thread_specific");
  ASSERT_EQ(Pack->TaskStarts.size(), 2u);
  EXPECT_TRUE(Pack->TaskStarts[0].Parallel);
  EXPECT_TRUE(Pack->TaskStarts[0].Blocking);
  EXPECT_TRUE(Pack->TaskStarts[1].Parallel);
  EXPECT_FALSE(Pack->TaskStarts[1].Blocking);
}

TEST(RuleParserErrorTest, BlockingStartWithAHandle) {
  EXPECT_EQ(parseError("pack: p\n"
                       "task-starts:\n"
                       "  - call: a::run\n"
                       "    handle: a::Future\n"
                       "    blocking: true\n"),
            "t.yaml:3:5: error: task-start rule has 'blocking: true' with a handle or "
            "'detached: true' (a blocking call has finished when it returns)");
  EXPECT_EQ(parseError("pack: p\n"
                       "per-thread:\n"
                       "  - type: a::Slots\n"
                       "    mode: local\n"),
            "t.yaml:4:5: error: unknown key 'mode' in per-thread rule (expected one of: type)");
}
