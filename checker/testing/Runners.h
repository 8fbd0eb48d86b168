//===- Runners.h - Run the check on a test input, two ways ------*- C++ -*-===//
#ifndef TXSCOPE_TESTING_RUNNERS_H
#define TXSCOPE_TESTING_RUNNERS_H

#include "CaseFile.h"

namespace txscope {
namespace testing {

struct RunResult {
  std::vector<Diagnostic> Diagnostics; ///< In the case file itself.
  std::string Failure;                 ///< Compile errors, a crash, bad configuration.
};

/// Runs the engine in-process on the case file (what the CLI and the clangd
/// wrapper do). \p ResourceDir holds clang's builtin headers. \p SplitRegions
/// false analyses every scope over its whole function body.
RunResult runEngine(const CaseFile &Case, const std::string &ResourceDir,
                    bool SplitRegions = true);

/// Runs the real clang-tidy binary with the plugin loaded, parses its output.
RunResult runClangTidy(const CaseFile &Case, const std::string &ClangTidy,
                       const std::string &Plugin);

} // namespace testing
} // namespace txscope

#endif
