//===- SummaryFiles.h - Summary files, read once while unchanged -*- C++ -*-===//
//
// The clang-tidy plugin (check option `Summaries`) and the clangd wrapper
// read the summary file the txscope command wrote (SPEC §6). clang-tidy
// constructs its checks again for every file it is given, and clangd
// analyses on every edit: the file is parsed once and read again only when
// it changes (its size or modification time).
//
//===----------------------------------------------------------------------===//
#ifndef TXSCOPE_ENGINE_SUMMARYFILES_H
#define TXSCOPE_ENGINE_SUMMARYFILES_H

#include "SummarySet.h"
#include "llvm/Support/Error.h"
#include <memory>

namespace txscope {

/// The summaries in file \p Path (absolute); an error naming the file and
/// line when it is not a valid summary file.
llvm::Expected<std::shared_ptr<const SummarySet>> loadSummaryFile(llvm::StringRef Path);

} // namespace txscope

#endif
