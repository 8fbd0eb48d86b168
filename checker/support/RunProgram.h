//===- RunProgram.h - Running a program and reading its output --*- C++ -*-===//
#ifndef TXSCOPE_SUPPORT_RUNPROGRAM_H
#define TXSCOPE_SUPPORT_RUNPROGRAM_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <string>

namespace txscope {

struct ProgramResult {
  int Status = -1;         ///< Exit status; negative when it could not run or timed out.
  std::string Out, Err;    ///< What it wrote (Err is empty when merged into Out).
  std::string ExecError;   ///< Why it could not run, if it could not.
};

/// Runs \p Program with \p Args (Args[0] is the program's name) and empty
/// standard input, waiting at most \p Seconds (0: no limit). \p HostsPlugin:
/// the program (clang-tidy) loads txscope's plugin; in a sanitizer build
/// (TXSCOPE_SANITIZE) it then gets the ASan runtime preloaded, with leak
/// checking off: the host's own deliberate leaks are not ours to report.
ProgramResult runProgram(llvm::StringRef Program, llvm::ArrayRef<std::string> Args,
                         unsigned Seconds = 0, bool MergeErrIntoOut = false,
                         bool HostsPlugin = false);

} // namespace txscope

#endif
