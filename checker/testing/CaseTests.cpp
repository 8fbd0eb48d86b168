//===- CaseTests.cpp - Every annotated input, in-process and through clang-tidy ===//
#include "CaseFile.h"
#include "Runners.h"
#include "gtest/gtest.h"
#include <filesystem>

using namespace txscope::testing;

namespace {

std::vector<std::string> caseFiles() { return listCaseFiles(TXSCOPE_TEST_INPUTS "/cases"); }

std::string caseName(const ::testing::TestParamInfo<std::string> &Info) {
  std::string Name = std::filesystem::relative(Info.param, TXSCOPE_TEST_INPUTS "/cases").string();
  for (char &C : Name)
    if (!isalnum(static_cast<unsigned char>(C)))
      C = '_';
  return Name;
}

class CaseTest : public ::testing::TestWithParam<std::string> {};

/// Runs every variant of the case file through \p Run; skipped when the
/// file's expectations hold only for the other runner.
template <typename RunFn>
void checkCase(const std::string &Path, const char *SkipIfOnly, RunFn Run) {
  for (const CaseFile &Case : readCaseFile(Path)) {
    if (Case.OnlyRunner == SkipIfOnly)
      GTEST_SKIP() << "expectations hold only through " << Case.OnlyRunner;
    SCOPED_TRACE(Case.Variant.empty() ? "plain configuration" : "variant " + Case.Variant);
    for (const std::string &Error : Case.Errors)
      ADD_FAILURE() << Error;
    RunResult Result = Run(Case);
    EXPECT_TRUE(Result.Failure.empty()) << Case.Path << ":\n" << Result.Failure;
    std::string Report = compareDiagnostics(Case.Expected, Result.Diagnostics);
    EXPECT_TRUE(Report.empty()) << Case.Path << ":\n" << Report;
  }
}

TEST_P(CaseTest, Engine) {
  checkCase(GetParam(), "clang-tidy",
            [](const CaseFile &Case) { return runEngine(Case, TXSCOPE_RESOURCE_DIR); });
}

// The same expectations hold when every scope is analysed over its whole
// function body: splitting bodies into regions (Regions.h) changes no finding.
TEST_P(CaseTest, EngineWholeBodies) {
  checkCase(GetParam(), "clang-tidy", [](const CaseFile &Case) {
    return runEngine(Case, TXSCOPE_RESOURCE_DIR, /*SplitRegions=*/false);
  });
}

TEST_P(CaseTest, ClangTidyPlugin) {
  checkCase(GetParam(), "engine", [](const CaseFile &Case) {
    return runClangTidy(Case, TXSCOPE_CLANG_TIDY, TXSCOPE_PLUGIN);
  });
}

INSTANTIATE_TEST_SUITE_P(Inputs, CaseTest, ::testing::ValuesIn(caseFiles()), caseName);

} // namespace
