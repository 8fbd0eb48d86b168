//===- CaseFile.h - Annotated test inputs and their expectations -*- C++ -*-===//
//
// A test input is a C++ file under test-inputs/ with its expectations inline,
// in clang-tidy's own notation:
//
//   // txscope-args: -std=c++20 -I%S/stubs        (compiler flags; %S = file's dir)
//   // txscope-options: StrictMode=true            (options of every check, optional; %S too)
//   // txscope-checks: txscope-concurrent-transaction-use
//                                                  (the checks to run, optional; default all)
//   // txscope-only: clang-tidy                    (expectations that hold only
//                                                   through clang-tidy: NOLINT)
//   auto f = std::async(...);
//   // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: task started inside ...
//   // CHECK-MESSAGES: :[[@LINE-5]]:16: note: transaction 'tx' begins here
//
// Every warning and note the checks emit in the file must be expected, and
// every expectation must be met. A warning of txscope-task-outlives-transaction
// may leave out its " [txscope-task-outlives-transaction]" suffix; a warning
// of any other check is written with its suffix:
//
//   // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'tx' is used here while a task
//   //     using it may still be running [txscope-concurrent-transaction-use]
//   (on one line)
//
// A file can also be run in variants, as clang-tidy's -check-suffixes does:
// `txscope-args-NAME:` and `txscope-options-NAME:` add flags or options for
// variant NAME, and `CHECK-MESSAGES-NAME:` lines hold only there. The plain
// configuration always runs; unsuffixed expectations hold in every variant.
//
//===----------------------------------------------------------------------===//
#ifndef TXSCOPE_TESTING_CASEFILE_H
#define TXSCOPE_TESTING_CASEFILE_H

#include <map>
#include <string>
#include <vector>

namespace txscope {
namespace testing {

struct Diagnostic {
  unsigned Line = 0;
  unsigned Column = 0;
  std::string Severity; ///< "warning" or "note"
  /// Without the first check's trailing [txscope-task-outlives-transaction];
  /// with any other check's [check-name].
  std::string Message;

  bool operator<(const Diagnostic &O) const;
  bool operator==(const Diagnostic &O) const;
  std::string str() const;
};

/// One configuration a test input is run in.
struct CaseFile {
  std::string Path;
  std::string Variant; ///< "" for the plain configuration.
  std::vector<std::string> CompilerArgs;
  std::map<std::string, std::string> CheckOptions; ///< Of every check.
  /// The checks to run (txscope-checks:); empty: every check.
  std::vector<std::string> Checks;
  /// Restricts the case to one runner ("clang-tidy" or "engine"); empty: both.
  std::string OnlyRunner;
  std::vector<Diagnostic> Expected; ///< Sorted.
  std::vector<std::string> Errors;  ///< Malformed annotations.
};

/// Reads \p Path and its annotations: the plain configuration first, then
/// one per variant.
std::vector<CaseFile> readCaseFile(const std::string &Path);

/// An empty string when \p Actual matches \p Expected exactly, else a report
/// listing the missing and the unexpected diagnostics.
std::string compareDiagnostics(std::vector<Diagnostic> Expected, std::vector<Diagnostic> Actual);

/// All *.cpp files below \p Directory, sorted.
std::vector<std::string> listCaseFiles(const std::string &Directory);

} // namespace testing
} // namespace txscope

#endif
