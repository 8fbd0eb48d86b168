//===- SummaryTest.cpp - Places and function summaries on small code ------===//
#include "EngineTestSupport.h"
#include "LibraryModel.h"
#include "Summaries.h"

using namespace clang;
using namespace txscope;
using namespace txscope::testing;

namespace {

/// The summaries of one parsed unit.
struct Unit {
  std::unique_ptr<ASTUnit> AST;
  std::vector<RulePack> Packs = fakePacks();
  std::unique_ptr<LibraryModel> Model;
  std::unique_ptr<Summaries> Callees;

  explicit Unit(const std::string &Code) : AST(parse(Code)) {
    Model = std::make_unique<LibraryModel>(Packs, AST->getASTContext());
    Callees = std::make_unique<Summaries>(*Model, AnalysisOptions().StepBudget);
  }
  const FunctionSummary *summary(llvm::StringRef Name) {
    const auto *Fn = findDecl<FunctionDecl>(*AST, Name);
    EXPECT_NE(Fn, nullptr) << Name.str();
    return Fn ? Callees->summaryOf(*Fn) : nullptr;
  }
};

TEST(PlacesTest, OverlapIsPrefixOnTheSameRoot) {
  int A = 0, B = 0; // (any two distinct addresses stand for two roots)
  Place Di = Place::of(reinterpret_cast<const Decl *>(&A));
  Place Backend = Di, Name = Di;
  Backend.Fields.push_back("backend");
  Name.Fields.push_back("name");
  EXPECT_TRUE(Di.overlaps(Backend));
  EXPECT_TRUE(Backend.overlaps(Di));
  EXPECT_FALSE(Backend.overlaps(Name));
  EXPECT_FALSE(Di.overlaps(Place::of(reinterpret_cast<const Decl *>(&B))));
  EXPECT_TRUE(Place::thisObject().overlaps(Place::thisObject()));
  EXPECT_FALSE(Place::thisObject().overlaps(Di));
}

TEST(SummaryTest, ATaskLeftRunningOnAParameterIsALeak) {
  Unit U(R"(
void leak(db::Tx &tx, int n) { rt::spawn([&tx, n] { tx.exec("x"); }); }
void joined(db::Tx &tx) { rt::spawn([&tx] { tx.exec("x"); }).join(); }
void unrelated(db::Tx &tx, int n) { rt::spawn([n] { (void)n; }); }
)");
  const FunctionSummary *Leak = U.summary("leak");
  ASSERT_NE(Leak, nullptr);
  ASSERT_EQ(Leak->Leaks.size(), 1u);
  EXPECT_EQ(Leak->Leaks[0].Kind, FindingKind::NeverJoined);
  ASSERT_EQ(Leak->Leaks[0].Uses.size(), 1u);
  EXPECT_EQ(Leak->Leaks[0].Uses[0].Param, 0);
  EXPECT_TRUE(Leak->Leaks[0].Calls.empty());
  ASSERT_NE(U.summary("joined"), nullptr);
  EXPECT_TRUE(U.summary("joined")->Leaks.empty());
  EXPECT_TRUE(U.summary("unrelated")->Leaks.empty());
}

TEST(SummaryTest, LeaksAreTransitiveAndRecursionConverges) {
  Unit U(R"(
void inner(db::Tx &tx) { rt::spawn([&tx] { tx.exec("x"); }); }
void outer(db::Conn &c, db::Tx &tx) { inner(tx); }
void retry(db::Tx &tx, int n) { if (n) retry(tx, n - 1); else rt::spawn([&tx] { tx.exec("x"); }); }
)");
  const FunctionSummary *Outer = U.summary("outer");
  ASSERT_NE(Outer, nullptr);
  ASSERT_EQ(Outer->Leaks.size(), 1u);
  EXPECT_EQ(Outer->Leaks[0].Uses[0].Param, 1); // the tx parameter, not the connection
  ASSERT_EQ(Outer->Leaks[0].Calls.size(), 1u);
  EXPECT_EQ(Outer->Leaks[0].Calls[0].second, "inner");
  const FunctionSummary *Retry = U.summary("retry");
  ASSERT_NE(Retry, nullptr);
  ASSERT_EQ(Retry->Leaks.size(), 1u); // one start, reached directly
  EXPECT_TRUE(Retry->Leaks[0].Calls.empty());
}

TEST(SummaryTest, MembersAndTheirTasks) {
  Unit U(R"(
struct Service {
  db::Conn conn; int ticks = 0;
  void use();
  void kick() { rt::spawn([this] { db::Tx t(conn); }); }
  void tick() { rt::spawn([this] { ++ticks; }); }
  void both() { kick(); tick(); }
};
)");
  const FunctionSummary *Kick = U.summary("kick");
  ASSERT_NE(Kick, nullptr);
  ASSERT_EQ(Kick->Leaks.size(), 1u);
  EXPECT_TRUE(Kick->Leaks[0].Uses[0].isThis());
  EXPECT_EQ(Kick->Leaks[0].Uses[0].Fields, std::vector<std::string>{"conn"});
  const auto *Both = findDecl<CXXMethodDecl>(*U.AST, "both");
  ASSERT_NE(Both, nullptr);
  PlaceSet Used = U.Callees->membersUsedBy(*Both);
  EXPECT_EQ(Used.size(), 2u); // conn (through kick) and ticks (through tick)
  const auto *Unseen = findDecl<CXXMethodDecl>(*U.AST, "use");
  ASSERT_NE(Unseen, nullptr);
  EXPECT_TRUE(U.Callees->membersUsedBy(*Unseen).contains(Place::thisObject()));
}

TEST(SummaryTest, HelpersBeginAndEndTransactionsOnWhatTheyAreGiven) {
  Unit U(R"(
void beginOn(db::Session &s) { s.begin(); }
void finish(db::Tx &tx) { tx.commit(); }
struct Repo {
  db::Session session;
  void open() { beginOn(session); }
  void abandon() { session.rollback(); }
};
)");
  const FunctionSummary *Begin = U.summary("beginOn");
  ASSERT_NE(Begin, nullptr);
  EXPECT_TRUE(Begin->begins());
  EXPECT_FALSE(Begin->ends());
  const FunctionSummary *Finish = U.summary("finish");
  ASSERT_NE(Finish, nullptr);
  ASSERT_EQ(Finish->Effects.size(), 1u);
  EXPECT_EQ(Finish->Effects[0].Kind, TransactionEffect::Commit);
  EXPECT_EQ(Finish->Effects[0].On.Param, 0);
  const FunctionSummary *Open = U.summary("open");
  ASSERT_NE(Open, nullptr);
  ASSERT_EQ(Open->Effects.size(), 1u);
  EXPECT_TRUE(Open->Effects[0].On.isThis());
  EXPECT_EQ(Open->Effects[0].On.Fields, std::vector<std::string>{"session"});
  const FunctionSummary *Abandon = U.summary("abandon");
  ASSERT_NE(Abandon, nullptr);
  ASSERT_EQ(Abandon->Effects.size(), 1u);
  EXPECT_EQ(Abandon->Effects[0].Kind, TransactionEffect::Rollback);
}

TEST(SummaryTest, WrapperClassesAreTransactionTypes) {
  auto AST = parse(R"(
struct Unit { explicit Unit(db::Conn &c) : tx(c) {} void done() { tx.commit(); } db::Tx tx; };
struct Scoped {
  explicit Scoped(db::Session &s) : s(s) { s.begin(); }
  ~Scoped() { s.rollback(); }
  void commit() { s.commit(); }
  db::Session &s;
};
struct Slot { void attach(); db::Tx *tx = nullptr; };
void f(db::Conn &c, db::Session &s) {
  Unit u(c);
  rt::Handle h = rt::spawn([&u] { (void)u; });
  u.done();
  h.join();
  Scoped t(s);
  rt::Handle k = rt::spawn([&t] { (void)t; });
  t.commit();
  k.join();
  Slot slot;
  rt::Handle l = rt::spawn([&slot] { (void)slot; });
}
)");
  std::vector<Finding> Findings = analyze(*AST);
  ASSERT_EQ(Findings.size(), 2u); // u and t are transactions; slot is not
  EXPECT_EQ(Findings[0].Notes[1].Message, "'u' commits here while the task may still be running");
  EXPECT_EQ(Findings[1].Notes[1].Message, "'t' commits here while the task may still be running");
}

} // namespace
