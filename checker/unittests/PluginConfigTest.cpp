//===- PluginConfigTest.cpp - The plugin inside the real clang-tidy ---------===//
//
// Configuration through .clang-tidy files and the command line, as a user
// drives it: broken rule packs, unknown pack names and bad option values are
// errors naming what is wrong; options round-trip through --dump-config.
//
//===----------------------------------------------------------------------===//
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Program.h"
#include "gtest/gtest.h"
#include <optional>
#include <string>
#include "RunProgram.h"
#include <vector>

namespace {

struct ToolRun {
  int Status;
  std::string Output; ///< stdout and stderr together
};

ToolRun runClangTidy(std::vector<std::string> Args) {
  std::vector<std::string> Argv = {TXSCOPE_CLANG_TIDY, "--load=" TXSCOPE_PLUGIN};
  Argv.insert(Argv.end(), Args.begin(), Args.end());
  txscope::ProgramResult Run =
      txscope::runProgram(TXSCOPE_CLANG_TIDY, Argv, /*Seconds=*/300, /*MergeErrIntoOut=*/true,
                          /*HostsPlugin=*/true);
  return {Run.Status, Run.Out};
}

const std::string Config = TXSCOPE_TEST_INPUTS "/config/";

TEST(PluginConfigTest, BrokenRuleFileIsAnErrorWithFileLineAndColumn) {
  ToolRun Run = runClangTidy({Config + "broken-rules/input.cpp", "--"});
  EXPECT_NE(Run.Status, 0);
  EXPECT_NE(Run.Output.find(Config + "broken-rules/broken.yaml:4:5: error: unknown key 'comit'"),
            std::string::npos)
      << Run.Output;
  EXPECT_EQ(Run.Output.find("Stack dump"), std::string::npos) << Run.Output;
}

TEST(PluginConfigTest, UnknownPackNameListsTheKnownPacks) {
  ToolRun Run = runClangTidy({Config + "unknown-pack/input.cpp", "--"});
  EXPECT_NE(Run.Status, 0);
  EXPECT_NE(Run.Output.find("unknown rule pack 'pqxxx' in option 'Packs'"), std::string::npos)
      << Run.Output;
  EXPECT_NE(Run.Output.find("(known packs: "), std::string::npos) << Run.Output;
}

TEST(PluginConfigTest, InvalidBooleanOptionIsAnError) {
  ToolRun Run = runClangTidy(
      {"--checks=-*,txscope-*",
       "--config={CheckOptions: [{key: txscope-task-outlives-transaction.StrictMode, value: maybe}]}",
       Config + "broken-rules/input.cpp", "--"});
  EXPECT_NE(Run.Status, 0);
  EXPECT_NE(Run.Output.find("invalid value 'maybe' for option "
                            "'txscope-task-outlives-transaction.StrictMode'"),
            std::string::npos)
      << Run.Output;
}

TEST(PluginConfigTest, InvalidStepBudgetIsAnError) {
  for (const char *Value : {"0", "-5", "lots"}) {
    ToolRun Run = runClangTidy(
        {"--checks=-*,txscope-*",
         std::string("--config={CheckOptions: [{key: txscope-task-outlives-transaction.StepBudget, "
                     "value: '") + Value + "'}]}",
         Config + "broken-rules/input.cpp", "--"});
    EXPECT_NE(Run.Status, 0);
    EXPECT_NE(Run.Output.find(std::string("invalid value '") + Value +
                              "' for option 'txscope-task-outlives-transaction.StepBudget': "
                              "expected a positive whole number"),
              std::string::npos)
        << Run.Output;
  }
}

// SPEC §7: a function too large to analyse within limits is skipped (a
// remark with ReportSkipped), never half-analysed and never a hang.
TEST(PluginConfigTest, FunctionOverTheStepBudgetIsSkipped) {
  const std::string Input = TXSCOPE_TEST_INPUTS "/cases/pqxx/std_async_joined_after_commit.cpp";
  auto Run = [&](const std::string &Options) {
    return runClangTidy({"--checks=-*,txscope-*",
                         "--config={CheckOptions: [" + Options + "]}", Input, "--", "-std=c++17"});
  };
  // The finding in joinedAfterCommit (other functions of the file may fit
  // in one step).
  const std::string Finding = "std_async_joined_after_commit.cpp:11:21: warning: task started";
  ToolRun Full = Run("");
  EXPECT_NE(Full.Output.find(Finding), std::string::npos)
      << Full.Output;
  EXPECT_EQ(Full.Output.find("remark:"), std::string::npos) << Full.Output;

  ToolRun Quiet = Run("{key: txscope-task-outlives-transaction.StepBudget, value: 1}");
  EXPECT_EQ(Quiet.Output.find(Finding), std::string::npos) << Quiet.Output;
  EXPECT_EQ(Quiet.Output.find("remark:"), std::string::npos) << Quiet.Output;

  ToolRun Reported = Run("{key: txscope-task-outlives-transaction.StepBudget, value: 1}, "
                         "{key: txscope-task-outlives-transaction.ReportSkipped, value: true}");
  EXPECT_NE(Reported.Output.find("std_async_joined_after_commit.cpp:6:6: remark: function "
                                 "'joinedAfterCommit' was not analysed: too large to analyse "
                                 "within limits (more than 1 path steps)"),
            std::string::npos)
      << Reported.Output;
  EXPECT_EQ(Reported.Output.find(Finding), std::string::npos) << Reported.Output;
}

TEST(PluginConfigTest, CheckIsListedAndOptionsAreDumped) {
  ToolRun List = runClangTidy({"--checks=-*,txscope-*", "--list-checks"});
  EXPECT_NE(List.Output.find("txscope-task-outlives-transaction"), std::string::npos) << List.Output;
  ToolRun Dump = runClangTidy({"--checks=-*,txscope-*", "--dump-config",
                               Config + "unknown-pack/input.cpp", "--"});
  for (const char *Option : {"txscope-task-outlives-transaction.Packs",
                             "txscope-task-outlives-transaction.RuleFiles",
                             "txscope-task-outlives-transaction.StrictMode",
                             "txscope-task-outlives-transaction.StepBudget",
                             "txscope-task-outlives-transaction.ReportSkipped"})
    EXPECT_NE(Dump.Output.find(Option), std::string::npos) << Dump.Output;
}

} // namespace
