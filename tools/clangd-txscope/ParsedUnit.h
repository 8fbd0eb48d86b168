//===- ParsedUnit.h - A document's AST, reparsed with a preamble -*- C++ -*-===//
//
// One open document's translation unit. The first parse also precompiles its
// preamble (the #include block); reparses of edited, unsaved text reuse it
// while the includes stay the same, so they cost a fraction of the first.
//
//===----------------------------------------------------------------------===//
#ifndef TXSCOPE_CLANGD_PARSEDUNIT_H
#define TXSCOPE_CLANGD_PARSEDUNIT_H

#include "clang/Frontend/ASTUnit.h"
#include "clang/Serialization/PCHContainerOperations.h"
#include <memory>
#include <string>
#include <vector>

namespace txscope::lsp {

class ParsedUnit {
public:
  /// \p CommandLine is the file's compile command (driver first).
  ParsedUnit(std::string File, std::vector<std::string> CommandLine)
      : File(std::move(File)), CommandLine(std::move(CommandLine)) {}

  /// Parses \p Text as the file's content; null (with \p Error) if the
  /// command line cannot be turned into a compiler invocation.
  clang::ASTUnit *parse(const std::string &Text, std::string &Error);
  const std::vector<std::string> &commandLine() const { return CommandLine; }

private:
  std::string File;
  std::vector<std::string> CommandLine;
  std::shared_ptr<clang::PCHContainerOperations> PCHOps =
      std::make_shared<clang::PCHContainerOperations>();
  std::unique_ptr<clang::ASTUnit> Unit;
};

} // namespace txscope::lsp

#endif
