//===- Formats.h - Writing a report: text, JSON, SARIF, GitHub --*- C++ -*-===//
#ifndef TXSCOPE_TOOLS_FORMATS_H
#define TXSCOPE_TOOLS_FORMATS_H

#include "Report.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

namespace txscope::cli {

enum class Format { Text, Json, Sarif, Github };

/// Paths in every format are relative to \p Root where they lie below it.
void writeText(llvm::raw_ostream &OS, const Report &R, llvm::StringRef Root);
void writeJson(llvm::raw_ostream &OS, const Report &R, llvm::StringRef Root);
/// GitHub Actions workflow commands: one ::warning annotation per finding.
void writeGithub(llvm::raw_ostream &OS, const Report &R, llvm::StringRef Root);

/// A SARIF 2.1.0 log with one run; URIs are relative to %SRCROOT% (= Root).
llvm::json::Value sarifLog(const Report &R, llvm::StringRef Root);
/// Merges the runs of several SARIF logs written by sarifLog into one run.
llvm::Expected<llvm::json::Value> mergeSarif(std::vector<llvm::json::Value> Logs);

} // namespace txscope::cli

#endif
