//===- ImportedSummariesTest.cpp - A task started in another translation unit ===//
//
// SPEC §2 *Across functions*, §6: unit A defines a helper that leaves a task
// running on the transaction it is given; unit B only declares it and calls
// it inside a transaction. With A's exported summaries B reports the call,
// with a note at the start in A's file; without them it cannot know.
//
//===----------------------------------------------------------------------===//
#include "EngineTestSupport.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

using namespace clang;
using namespace txscope;
using namespace txscope::testing;

namespace {

const char *const UnitA = R"(
void audit(db::Tx &tx) {
  rt::spawn([&tx] { tx.exec("INSERT INTO audit"); });
}
)";

const char *const UnitB = R"(
void audit(db::Tx &tx);
void close(db::Conn &c) {
  db::Tx tx(c);
  audit(tx);
  tx.commit();
}
)";

/// The 1-based line of the first \p Needle in \p Text.
unsigned lineOf(llvm::StringRef Text, llvm::StringRef Needle) {
  size_t At = Text.find(Needle);
  EXPECT_NE(At, llvm::StringRef::npos) << Needle.str();
  return unsigned(Text.take_front(At).count('\n')) + 1;
}

class ImportedSummariesTest : public ::testing::Test {
protected:
  /// Unit A lives on disk, where unit B finds its file for the note.
  void SetUp() override {
    ASSERT_FALSE(llvm::sys::fs::createUniqueDirectory("txscope-xtu", Dir));
    llvm::SmallString<256> Path(Dir);
    llvm::sys::path::append(Path, "a.cpp");
    PathA = Path.str().str();
    TextA = std::string(FakeHeader) + UnitA;
    std::error_code EC;
    llvm::raw_fd_ostream(PathA, EC) << TextA;
    ASSERT_FALSE(EC) << EC.message();
    std::unique_ptr<ASTUnit> A = tooling::buildASTFromCodeWithArgs(
        TextA, {"-std=c++17", "-resource-dir=" TXSCOPE_RESOURCE_DIR}, PathA);
    ASSERT_TRUE(A);
    Analyzer Engine(fakePacks(), AnalysisOptions());
    ExportedA = Engine.exportSummaries(A->getASTContext());
  }
  void TearDown() override { llvm::sys::fs::remove_directories(Dir); }

  /// B's findings, with \p Set as the other units' summaries (none: null).
  std::vector<Finding> analyzeB(const SummarySet *Set) {
    B = parse(UnitB);
    Analyzer Engine(fakePacks(), AnalysisOptions());
    Engine.useSummaries(Set);
    return Engine.analyzeTranslationUnit(B->getASTContext());
  }

  /// Checks that \p Findings is the one finding at B's call of audit().
  void expectReportedAtTheCall(const std::vector<Finding> &Findings) {
    ASSERT_EQ(Findings.size(), 1u);
    const SourceManager &SM = B->getSourceManager();
    EXPECT_EQ(SM.getFileID(Findings[0].Loc), SM.getMainFileID());
    EXPECT_EQ(SM.getSpellingLineNumber(Findings[0].Loc),
              lineOf(std::string(FakeHeader) + UnitB, "audit(tx);"));
    EXPECT_NE(Findings[0].Message.find("task started inside transaction 'tx' through the call to 'audit'"),
              std::string::npos)
        << Findings[0].Message;
    for (const Note &N : Findings[0].Notes)
      EXPECT_TRUE(N.Loc.isValid()) << N.Message;
  }

  /// The note at the start in unit A, if any.
  const Note *noteInA(const Finding &F) {
    for (const Note &N : F.Notes)
      if (B->getSourceManager().getFilename(N.Loc) == PathA)
        return &N;
    return nullptr;
  }

  llvm::SmallString<128> Dir;
  std::string PathA, TextA;
  SummarySet ExportedA;
  std::unique_ptr<ASTUnit> B;
};

TEST_F(ImportedSummariesTest, AStartInAnotherUnitIsReportedAtTheCall) {
  ASSERT_EQ(ExportedA.Functions.size(), 1u) << "audit() is exported";
  const StoredFunction &Audit = ExportedA.Functions.begin()->second;
  EXPECT_EQ(Audit.Name, "audit");
  EXPECT_EQ(Audit.File, PathA);
  ASSERT_EQ(Audit.Leaks.size(), 1u);
  EXPECT_EQ(Audit.Leaks[0].Start.File, PathA);

  std::vector<Finding> Findings = analyzeB(&ExportedA);
  expectReportedAtTheCall(Findings);
  ASSERT_FALSE(Findings.empty());
  const Note *InA = noteInA(Findings[0]);
  ASSERT_NE(InA, nullptr) << "no note in " << PathA;
  EXPECT_EQ(InA->Message, "the task is started here, in another translation unit");
  EXPECT_EQ(B->getSourceManager().getSpellingLineNumber(InA->Loc), lineOf(TextA, "rt::spawn"));
}

TEST_F(ImportedSummariesTest, WithoutTheSummariesTheCallIsUnseen) {
  EXPECT_TRUE(analyzeB(nullptr).empty());
  SummarySet None;
  EXPECT_TRUE(analyzeB(&None).empty());
}

TEST_F(ImportedSummariesTest, AFileThatIsGoneLeavesTheNoteOut) {
  ASSERT_FALSE(llvm::sys::fs::remove(PathA));
  std::vector<Finding> Findings = analyzeB(&ExportedA);
  expectReportedAtTheCall(Findings);
  ASSERT_FALSE(Findings.empty());
  EXPECT_EQ(noteInA(Findings[0]), nullptr);
}

TEST_F(ImportedSummariesTest, ALinePastTheEndLeavesTheNoteOut) {
  for (auto &Entry : ExportedA.Functions)
    for (StoredLeak &Leak : Entry.second.Leaks) {
      Leak.Start.Line = 100000;
      Leak.Detail.Line = 100001;
    }
  std::vector<Finding> Findings = analyzeB(&ExportedA);
  expectReportedAtTheCall(Findings);
  ASSERT_FALSE(Findings.empty());
  EXPECT_EQ(noteInA(Findings[0]), nullptr);
}

} // namespace
