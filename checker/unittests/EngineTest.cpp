//===- EngineTest.cpp - The engine's pieces on small self-contained code ---===//
#include "EngineTestSupport.h"
#include "Names.h"
#include "Regions.h"
#include "RuleParser.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Frontend/ASTUnit.h"
#include "clang/Tooling/Tooling.h"
#include "gtest/gtest.h"

using namespace clang;
using namespace txscope;

namespace {

using namespace txscope::testing;

TEST(NamesTest, QualifiedNameLeavesOutInlineAndAnonymousNamespaces) {
  auto AST = parse("namespace lib { inline namespace v2 { namespace { struct Pool {}; } } }");
  const auto *Pool = findDecl<CXXRecordDecl>(*AST, "Pool");
  ASSERT_NE(Pool, nullptr);
  EXPECT_EQ(qualifiedName(*Pool), "lib::Pool");
}

TEST(NamesTest, RuleNameResolvesThroughUsingDeclarations) {
  // As oneTBB does with tbb::task_group.
  auto AST = parse("namespace lib { namespace detail { struct Group {}; } "
                   "inline namespace v1 { using detail::Group; } }");
  const auto *Group = findDecl<CXXRecordDecl>(*AST, "Group");
  ASSERT_NE(Group, nullptr);
  EXPECT_EQ(qualifiedName(*Group), "lib::detail::Group");
  EXPECT_TRUE(DeclName("lib::Group", AST->getASTContext()).matches(*Group));
  EXPECT_FALSE(DeclName("lib::Other", AST->getASTContext()).matches(*Group));
}

TEST(NamesTest, DerivedClassesMatchTheirBase) {
  auto AST = parse("struct work : db::Tx { using db::Tx::Tx; }; struct unrelated {};");
  const auto *Work = findDecl<CXXRecordDecl>(*AST, "work");
  const auto *Unrelated = findDecl<CXXRecordDecl>(*AST, "unrelated");
  DeclName Base("db::Tx", AST->getASTContext());
  EXPECT_TRUE(Base.matchesClassOrBase(*Work));
  EXPECT_FALSE(Base.matchesClassOrBase(*Unrelated));
}

TEST(AnalyzerTest, ReportsJoinAfterCommitWithNotesInOrder) {
  auto AST = parse(R"(
void f(db::Conn &c) {
  db::Tx tx(c);
  rt::Handle h = rt::spawn([&tx] { tx.exec("x"); });
  tx.commit();
  h.join();
})");
  std::vector<Finding> Findings = analyze(*AST);
  ASSERT_EQ(Findings.size(), 1u);
  EXPECT_EQ(Findings[0].Kind, FindingKind::JoinedAfterEnd);
  ASSERT_EQ(Findings[0].Notes.size(), 3u);
  EXPECT_EQ(Findings[0].Notes[0].Message, "transaction 'tx' begins here");
  EXPECT_EQ(Findings[0].Notes[1].Message, "'tx' commits here while the task may still be running");
  EXPECT_EQ(Findings[0].Notes[2].Message, "the task is joined only here, after the transaction ended");
}

TEST(AnalyzerTest, StrictModeReportsTasksThatDoNotTouchTheTransaction) {
  auto AST = parse(R"(
void f(db::Conn &c, int n) {
  db::Tx tx(c);
  rt::Handle h = rt::spawn([n] { (void)n; });
  tx.commit();
  h.join();
})");
  EXPECT_TRUE(analyze(*AST).empty());
  EXPECT_EQ(analyze(*AST, /*Strict=*/true).size(), 1u);
}

TEST(AnalyzerTest, DependentBodiesAreSkippedAndInstantiationsReportedOnce) {
  auto AST = parse(R"(
template <typename T> void g(db::Conn &c, T v) {
  db::Tx tx(c);
  rt::Handle h = rt::spawn([&tx, v] { tx.exec("x"); (void)v; });
  tx.commit();
  h.join();
}
template <typename T> void never_instantiated(db::Conn &c, T v) {
  db::Tx tx(c);
  rt::Handle h = rt::spawn([&tx, v] { tx.exec("x"); (void)v; });
  tx.commit();
  h.join();
}
void use(db::Conn &c) { g(c, 1); g(c, 2.0); g(c, 'x'); })");
  EXPECT_EQ(analyze(*AST).size(), 1u);
}

TEST(AnalyzerTest, FunctionsThatParsedAreAnalysedWhenOthersDoNot) {
  auto AST = parse(R"(
void broken() { int x = undeclared_name; }
void fine(db::Conn &c) {
  db::Tx tx(c);
  rt::Handle h = rt::spawn([&tx] { tx.exec("x"); });
  tx.commit();
  h.join();
}
void alsoBroken(db::Conn &c) { db::Tx tx(c); rt::spawn(undeclared); tx.commit(); }
void moreBroken() { return 1 + ; })");
  ASSERT_TRUE(AST->getDiagnostics().hasErrorOccurred());
  EXPECT_EQ(analyze(*AST).size(), 1u);
}

TEST(AnalyzerTest, DeeplyNestedAndLongBodiesFinish) {
  std::string Body = "void deep(db::Conn &c, int x) {\n  db::Tx tx(c);\n"
                     "  rt::Handle h = rt::spawn([&tx] { tx.exec(\"x\"); });\n";
  for (int I = 0; I < 200; ++I)
    Body += "  if (x > " + std::to_string(I) + ") {\n";
  Body += "  return;\n";
  for (int I = 0; I < 200; ++I)
    Body += "  }\n";
  for (int I = 0; I < 2000; ++I)
    Body += "  x += " + std::to_string(I) + ";\n";
  Body += "  h.join();\n  tx.commit();\n}\n";
  auto AST = parse(Body);
  std::vector<Finding> Findings = analyze(*AST);
  ASSERT_EQ(Findings.size(), 1u);
  EXPECT_EQ(Findings[0].Kind, FindingKind::JoinedOnSomePaths);
}

/// The lines (of the code after the header) where the regions planRegions
/// picks for function \p Name begin.
std::vector<unsigned> regionLines(ASTUnit &AST, llvm::StringRef Name, bool IsCallback = false,
                                  bool Split = true) {
  std::vector<RulePack> Packs = fakePacks();
  LibraryModel Model(Packs, AST.getASTContext());
  const auto *Fn = findDecl<FunctionDecl>(AST, Name);
  EXPECT_NE(Fn, nullptr);
  if (!Fn)
    return {};
  CallbackLambdaMap Lambdas;
  const SourceManager &SM = AST.getSourceManager();
  unsigned HeaderLines = llvm::StringRef(FakeHeader).count('\n');
  std::vector<unsigned> Lines;
  for (Stmt *Region : planRegions(Model, Fn->getBody(), IsCallback, Split, Lambdas))
    Lines.push_back(SM.getPresumedLineNumber(Region->getBeginLoc()) - HeaderLines);
  return Lines;
}

using Lines = std::vector<unsigned>;

TEST(RegionsTest, SelfContainedBlocksAreRegionsOfTheirOwn) {
  auto AST = parse(R"(
void f(db::Conn &c, int n) {
  {
    for (int i = 0; i < n; ++i) {
      db::Tx tx(c);
      if (i == 2) break;
      tx.commit();
    }
  }
  {
    db::Tx a(c);
    { db::Tx b(c); b.commit(); }
    a.commit();
  }
  int unrelated = n;
})");
  // The break leaves the loop body: the region holds the loop. The block
  // nested in the second is analysed with it.
  EXPECT_EQ(regionLines(*AST, "f"), (Lines{3, 10}));
  EXPECT_EQ(regionLines(*AST, "f", /*IsCallback=*/false, /*Split=*/false), Lines{2});
}

TEST(RegionsTest, RegionsReachOutToWhatTheirTasksUse) {
  auto AST = parse(R"(
void holder(db::Conn &c) {
  {
    rt::Handle h;
    {
      db::Tx tx(c);
      h = rt::spawn([&tx] { tx.exec("x"); });
      tx.commit();
    }
    h.join();
  }
}
void initialisers(db::Conn &c) {
  {
    db::Conn *p = &c;
    {
      db::Conn &r = *p;
      {
        db::Tx tx(r);
        tx.commit();
      }
    }
  }
}
void handlers(db::Conn &c) {
  {
    try {
      { db::Tx tx(c); tx.commit(); }
    } catch (...) {
    }
  }
}
void handlerContinues(db::Conn &c, int n) {
  {
    for (int i = 0; i < n; ++i) {
      try {
        db::Tx tx(c);
        tx.commit();
      } catch (...) {
        continue;
      }
    }
  }
}
void cases(db::Conn &c, int m) {
  {
    switch (m) {
    case 0: {
      db::Tx tx(c);
      tx.commit();
      break;
    }
    }
  }
})");
  EXPECT_EQ(regionLines(*AST, "holder"), Lines{3});
  // r is initialised from p: the region reaches p's block.
  EXPECT_EQ(regionLines(*AST, "initialisers"), Lines{14});
  // A throw may reach the handlers: the region holds the try statement.
  EXPECT_EQ(regionLines(*AST, "handlers"), Lines{26});
  // The handler's continue, seen after the try block closed, leaves the
  // loop body: the region holds the loop.
  EXPECT_EQ(regionLines(*AST, "handlerContinues"), Lines{34});
  EXPECT_EQ(regionLines(*AST, "cases"), Lines{46});
}

TEST(RegionsTest, SomeBodiesAreAnalysedWhole) {
  auto AST = parse(R"(
void pool(db::Conn &c, rt::Workers &p) {
  { db::Tx tx(c); p.run([&tx] { tx.exec("x"); }); tx.commit(); }
  p.wait();
}
void jumps(db::Conn &c, int n) {
  { db::Tx tx(c); if (n) goto out; tx.commit(); }
out:
  return;
}
void top(db::Conn &c) {
  db::Tx tx(c);
  { tx.commit(); }
}
void none(int n) {
  { int x = n; (void)x; }
})");
  // A pool that is not a local may be joined anywhere in the body.
  EXPECT_EQ(regionLines(*AST, "pool"), Lines{2});
  EXPECT_EQ(regionLines(*AST, "jumps"), Lines{6});
  EXPECT_EQ(regionLines(*AST, "top"), Lines{11});
  EXPECT_EQ(regionLines(*AST, "top", /*IsCallback=*/true), Lines{11});
  EXPECT_EQ(regionLines(*AST, "none"), Lines{});
  EXPECT_EQ(regionLines(*AST, "none", /*IsCallback=*/true), Lines{15});
}

} // namespace
