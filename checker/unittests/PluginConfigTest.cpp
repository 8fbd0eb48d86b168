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

// Each check reads its options under its own name: a bad value names the
// check it belongs to, and leaves the other check's configuration alone.
TEST(PluginConfigTest, InvalidOptionOfTheSecondCheckNamesIt) {
  ToolRun Run = runClangTidy(
      {"--checks=-*,txscope-*",
       "--config={CheckOptions: [{key: txscope-concurrent-transaction-use.StrictMode, value: maybe}]}",
       Config + "broken-rules/input.cpp", "--"});
  EXPECT_NE(Run.Status, 0);
  EXPECT_NE(Run.Output.find("invalid value 'maybe' for option "
                            "'txscope-concurrent-transaction-use.StrictMode'"),
            std::string::npos)
      << Run.Output;
  EXPECT_EQ(Run.Output.find("'txscope-task-outlives-transaction.StrictMode'"), std::string::npos)
      << Run.Output;
  for (const char *Option : {"ReportSkipped", "StepBudget"}) {
    ToolRun Bad = runClangTidy({"--checks=-*,txscope-concurrent-transaction-use",
                                std::string("--config={CheckOptions: [{key: "
                                            "txscope-concurrent-transaction-use.") +
                                    Option + ", value: lots}]}",
                                Config + "broken-rules/input.cpp", "--"});
    EXPECT_NE(Bad.Status, 0);
    EXPECT_NE(Bad.Output.find(std::string("invalid value 'lots' for option "
                                          "'txscope-concurrent-transaction-use.") +
                              Option + "'"),
              std::string::npos)
        << Bad.Output;
  }
}

// A broken pack configured for one check is that check's error only: with
// the other check alone, the run is clean.
TEST(PluginConfigTest, PacksAreConfiguredPerCheck) {
  const std::string Input = TXSCOPE_TEST_INPUTS "/cases/pqxx/std_async_joined_after_commit.cpp";
  const std::string Broken = "--config={CheckOptions: [{key: txscope-concurrent-transaction-use.Packs, "
                             "value: pqxxx}]}";
  ToolRun First = runClangTidy({"--checks=-*,txscope-task-outlives-transaction", Broken, Input,
                                "--", "-std=c++17"});
  EXPECT_EQ(First.Output.find("unknown rule pack"), std::string::npos) << First.Output;
  EXPECT_NE(First.Output.find("warning: task started inside"), std::string::npos) << First.Output;
  ToolRun Both = runClangTidy({"--checks=-*,txscope-*", Broken, Input, "--", "-std=c++17"});
  EXPECT_NE(Both.Status, 0);
  EXPECT_NE(Both.Output.find("unknown rule pack 'pqxxx' in option 'Packs'"), std::string::npos)
      << Both.Output;
  // The first check, configured well, still reports.
  EXPECT_NE(Both.Output.find("warning: task started inside"), std::string::npos) << Both.Output;
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
  const std::string Finding = "std_async_joined_after_commit.cpp:11:21: warning: task started inside";
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
  // Each check skips, and names, the functions over its own budget, under
  // its own name.
  EXPECT_NE(Reported.Output.find("(more than 1 path steps) [txscope-task-outlives-transaction]"),
            std::string::npos)
      << Reported.Output;
  EXPECT_EQ(Reported.Output.find("path steps) [txscope-concurrent-transaction-use]"), std::string::npos)
      << Reported.Output;
  ToolRun Second = Run("{key: txscope-concurrent-transaction-use.StepBudget, value: 1}, "
                       "{key: txscope-concurrent-transaction-use.ReportSkipped, value: true}");
  EXPECT_NE(Second.Output.find(Finding), std::string::npos) << Second.Output;
  EXPECT_EQ(Second.Output.find("path steps) [txscope-task-outlives-transaction]"), std::string::npos)
      << Second.Output;
  EXPECT_NE(Second.Output.find("path steps) [txscope-concurrent-transaction-use]"), std::string::npos)
      << Second.Output;
}

TEST(PluginConfigTest, ChecksAreListedAndOptionsAreDumped) {
  ToolRun List = runClangTidy({"--checks=-*,txscope-*", "--list-checks"});
  for (const char *Check : {"txscope-task-outlives-transaction", "txscope-concurrent-transaction-use"})
    EXPECT_NE(List.Output.find(Check), std::string::npos) << List.Output;
  ToolRun Dump = runClangTidy({"--checks=-*,txscope-*", "--dump-config",
                               Config + "unknown-pack/input.cpp", "--"});
  for (const char *Check : {"txscope-task-outlives-transaction", "txscope-concurrent-transaction-use"})
    for (const char *Option : {".Packs", ".RuleFiles", ".StrictMode", ".StepBudget", ".ReportSkipped"})
      EXPECT_NE(Dump.Output.find(std::string(Check) + Option), std::string::npos) << Dump.Output;
  // One check alone: only its options.
  ToolRun One = runClangTidy({"--checks=-*,txscope-concurrent-transaction-use", "--list-checks"});
  EXPECT_NE(One.Output.find("txscope-concurrent-transaction-use"), std::string::npos) << One.Output;
  EXPECT_EQ(One.Output.find("txscope-task-outlives-transaction"), std::string::npos) << One.Output;
}

} // namespace
