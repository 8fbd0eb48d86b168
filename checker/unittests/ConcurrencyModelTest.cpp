//===- ConcurrencyModelTest.cpp - LibraryModel's concurrent-use queries ---===//
//
// SPEC §2b: concurrentUse(), isConnectionAccessor() and isLockType(), from
// pack rules (transactions, call pairs, connections, locks) and from the
// txscope::concurrent_use(...) annotation, over one parsed translation unit.
//
//===----------------------------------------------------------------------===//
#include "EngineTestSupport.h"
#include "LibraryModel.h"
#include "RuleParser.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Frontend/ASTUnit.h"
#include "clang/Tooling/Tooling.h"
#include "gtest/gtest.h"

using namespace clang;
using namespace txscope;

namespace {

const char Pack[] = R"yaml(
pack: conc
transactions:
  - type: db::Tx
    commit: [commit]
    concurrent-use: forbidden
  - type: db::PlainTx
    commit: [commit]
call-pairs:
  - receiver: db::Session
    begin: [begin]
    concurrent-use: serialised
connections:
  - type: db::Conn
    concurrent-use: forbidden
  - type: gui::Database
    concurrent-use: thread-bound
    accessors:
      - gui::Database::database
      - gui::defaultDatabase
  - type: PGconn
    concurrent-use: forbidden
locks:
  - type: lk::Guard
  - type: lk::Locker
)yaml";

const char Code[] = R"cpp(
#include <memory>
#include <optional>
namespace db {
struct Conn {};
struct Tx { explicit Tx(Conn &); void commit(); };
struct PlainTx { void commit(); };
struct Session { void begin(); };
struct Work : Tx { using Tx::Tx; };
}
namespace gui {
struct Database { static Database database(const char *name = "default"); };
Database defaultDatabase();
Database other();
}
typedef struct pg_conn PGconn;
namespace lk {
template <typename M> struct Guard { explicit Guard(M &); };
struct Locker { };
struct Mutex {};
}
class [[clang::annotate("txscope::concurrent_use(forbidden)")]] MyConn {};
class DerivedConn : public MyConn {};
template <typename T>
class [[clang::annotate("txscope::concurrent_use(thread-bound)")]] Bound {};
class [[clang::annotate("txscope::concurrent_use(sometimes)")]] Unknown {};
class [[clang::annotate("txscope::concurrent_use(serialised)")]] Queued {};

void uses(db::Conn &ref, db::Conn *ptr, std::shared_ptr<db::Conn> shared,
          std::unique_ptr<db::Tx> owned, std::optional<db::Session> maybe,
          const std::shared_ptr<db::Work> &work, db::PlainTx plain, PGconn *pg,
          gui::Database gdb, DerivedConn derived, Bound<int> bound, Unknown unknown,
          Queued queued, int number, lk::Guard<lk::Mutex> guard, lk::Locker locker,
          lk::Mutex mutex, db::Conn **twice) {
  auto copy = work; // instantiates std::shared_ptr<db::Work> (a bare reference would not)
}
)cpp";

class ConcurrencyModelTest : public ::testing::Test {
protected:
  void SetUp() override {
    auto Parsed = parseRulePack(Pack, "conc.yaml");
    ASSERT_TRUE(static_cast<bool>(Parsed)) << llvm::toString(Parsed.takeError());
    Packs.push_back(std::move(*Parsed));
    AST = tooling::buildASTFromCodeWithArgs(
        Code, {"-std=c++17", "-resource-dir=" TXSCOPE_RESOURCE_DIR}, "input.cpp");
    ASSERT_TRUE(AST);
    Model = std::make_unique<LibraryModel>(Packs, AST->getASTContext());
    Uses = named<FunctionDecl>("uses");
    ASSERT_NE(Uses, nullptr);
  }

  template <typename T> const T *named(llvm::StringRef Name) {
    return txscope::testing::findDecl<T>(*AST, Name);
  }

  /// The type of the parameter \p Name of uses().
  QualType param(llvm::StringRef Name) {
    for (const ParmVarDecl *P : Uses->parameters())
      if (P->getName() == Name)
        return P->getType();
    ADD_FAILURE() << "no parameter " << Name.str();
    return QualType();
  }

  std::vector<RulePack> Packs;
  std::unique_ptr<ASTUnit> AST;
  std::unique_ptr<LibraryModel> Model;
  const FunctionDecl *Uses = nullptr;
};

TEST_F(ConcurrencyModelTest, ConnectionRulesThroughReferencesPointersAndOwners) {
  EXPECT_EQ(Model->concurrentUse(param("ref")), ConcurrentUse::Forbidden);
  EXPECT_EQ(Model->concurrentUse(param("ptr")), ConcurrentUse::Forbidden);
  EXPECT_EQ(Model->concurrentUse(param("twice")), ConcurrentUse::Forbidden);
  EXPECT_EQ(Model->concurrentUse(param("shared")), ConcurrentUse::Forbidden);
  EXPECT_EQ(Model->concurrentUse(param("gdb")), ConcurrentUse::ThreadBound);
  // A C handle named by its typedef: PGconn is struct pg_conn.
  EXPECT_EQ(Model->concurrentUse(param("pg")), ConcurrentUse::Forbidden);
}

TEST_F(ConcurrencyModelTest, TransactionAndCallPairRules) {
  EXPECT_EQ(Model->concurrentUse(param("owned")), ConcurrentUse::Forbidden);
  EXPECT_EQ(Model->concurrentUse(param("maybe")), ConcurrentUse::Serialised);
  // Derived from a transaction type, behind a const reference to a shared owner.
  EXPECT_EQ(Model->concurrentUse(param("work")), ConcurrentUse::Forbidden);
  // A transaction rule without concurrent-use says nothing.
  EXPECT_EQ(Model->concurrentUse(param("plain")), ConcurrentUse::Unspecified);
}

TEST_F(ConcurrencyModelTest, Annotations) {
  EXPECT_EQ(Model->concurrentUse(param("derived")), ConcurrentUse::Forbidden);
  EXPECT_EQ(Model->concurrentUse(param("bound")), ConcurrentUse::ThreadBound);
  EXPECT_EQ(Model->concurrentUse(param("queued")), ConcurrentUse::Serialised);
  // A value txscope does not know is ignored.
  EXPECT_EQ(Model->concurrentUse(param("unknown")), ConcurrentUse::Unspecified);
}

TEST_F(ConcurrencyModelTest, OtherTypesSayNothing) {
  EXPECT_EQ(Model->concurrentUse(param("number")), ConcurrentUse::Unspecified);
  EXPECT_EQ(Model->concurrentUse(param("mutex")), ConcurrentUse::Unspecified);
  EXPECT_EQ(Model->concurrentUse(QualType()), ConcurrentUse::Unspecified);
}

TEST_F(ConcurrencyModelTest, AnswersAreStable) {
  // The second question is answered from the memo.
  for (int I = 0; I < 2; ++I) {
    EXPECT_EQ(Model->concurrentUse(param("ref")), ConcurrentUse::Forbidden);
    EXPECT_EQ(Model->concurrentUse(param("derived")), ConcurrentUse::Forbidden);
    EXPECT_EQ(Model->concurrentUse(param("plain")), ConcurrentUse::Unspecified);
  }
}

TEST_F(ConcurrencyModelTest, ConnectionAccessors) {
  const auto *Database = named<CXXMethodDecl>("database");
  const auto *Default = named<FunctionDecl>("defaultDatabase");
  const auto *Other = named<FunctionDecl>("other");
  ASSERT_TRUE(Database && Default && Other);
  EXPECT_TRUE(Model->isConnectionAccessor(*Database));
  EXPECT_TRUE(Model->isConnectionAccessor(*Default));
  EXPECT_FALSE(Model->isConnectionAccessor(*Other));
  EXPECT_FALSE(Model->isConnectionAccessor(*Uses));
}

TEST_F(ConcurrencyModelTest, LockTypes) {
  // A specialisation matches its template's name.
  EXPECT_TRUE(Model->isLockType(param("guard")));
  EXPECT_TRUE(Model->isLockType(param("locker")));
  EXPECT_FALSE(Model->isLockType(param("mutex")));
  EXPECT_FALSE(Model->isLockType(param("ref")));
  EXPECT_FALSE(Model->isLockType(param("number")));
}

} // namespace
