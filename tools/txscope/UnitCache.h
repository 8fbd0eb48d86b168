//===- UnitCache.h - Results of translation units, kept by content -*- C++ -*-===//
//
// SPEC §6: "cached by content so an unchanged TU costs nothing the second
// time". One file per unit and command line under the cache directory
// holds the unit's UnitResult and the content hash of every file it read
// (the main file, each header, the rule files). An entry counts only while
// every one of them is unchanged; whether the summaries it consulted are
// still the same is the caller's question (UnitResult::Consulted).
//
//===----------------------------------------------------------------------===//
#ifndef TXSCOPE_TOOLS_UNITCACHE_H
#define TXSCOPE_TOOLS_UNITCACHE_H

#include "UnitResult.h"
#include "llvm/ADT/StringMap.h"
#include <mutex>
#include <optional>
#include <string>

namespace txscope::cli {

class UnitCache {
public:
  /// \p Directory holds the entries (created on first store).
  explicit UnitCache(std::string Directory) : Directory(std::move(Directory)) {}

  /// The cached result of the unit \p Identity names (its file, command
  /// line and configuration: see identity()), when every file it read is
  /// unchanged.
  std::optional<UnitResult> lookUp(llvm::StringRef Identity);
  /// Stores \p Result (of a unit that compiled) under \p Identity.
  void store(llvm::StringRef Identity, const UnitResult &Result);

  /// What decides a unit's result besides the files it reads: its file,
  /// compile command and the configuration text; with this txscope's version.
  static std::string identity(llvm::StringRef File, llvm::ArrayRef<std::string> CommandLine,
                              llvm::StringRef Configuration);

private:
  std::string entryPath(llvm::StringRef Identity) const;
  /// The hash of \p Path's content ("" when unreadable), once per run.
  std::string contentHash(llvm::StringRef Path);

  std::string Directory;
  std::mutex Lock;
  llvm::StringMap<std::string> Hashes;
};

} // namespace txscope::cli

#endif
