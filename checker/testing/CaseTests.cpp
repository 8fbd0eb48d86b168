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

void expectMatches(const CaseFile &Case, const RunResult &Result) {
  for (const std::string &Error : Case.Errors)
    ADD_FAILURE() << Error;
  ASSERT_TRUE(Result.Failure.empty()) << Case.Path << ":\n" << Result.Failure;
  std::string Report = compareDiagnostics(Case.Expected, Result.Diagnostics);
  EXPECT_TRUE(Report.empty()) << Case.Path << ":\n" << Report;
}

TEST_P(CaseTest, Engine) {
  CaseFile Case = readCaseFile(GetParam());
  if (Case.OnlyRunner == "clang-tidy")
    GTEST_SKIP() << "expectations hold only through clang-tidy";
  expectMatches(Case, runEngine(Case, TXSCOPE_RESOURCE_DIR));
}

TEST_P(CaseTest, ClangTidyPlugin) {
  CaseFile Case = readCaseFile(GetParam());
  if (Case.OnlyRunner == "engine")
    GTEST_SKIP() << "expectations hold only in-process";
  expectMatches(Case, runClangTidy(Case, TXSCOPE_CLANG_TIDY, TXSCOPE_PLUGIN));
}

INSTANTIATE_TEST_SUITE_P(Inputs, CaseTest, ::testing::ValuesIn(caseFiles()), caseName);

} // namespace
