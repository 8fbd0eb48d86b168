//===- EngineTestSupport.h - A tiny library and helpers for engine tests -*- C++ -*-===//
#ifndef TXSCOPE_UNITTESTS_ENGINETESTSUPPORT_H
#define TXSCOPE_UNITTESTS_ENGINETESTSUPPORT_H

#include "Analyzer.h"
#include "RuleParser.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Frontend/ASTUnit.h"
#include "clang/Tooling/Tooling.h"
#include "gtest/gtest.h"

namespace txscope {
namespace testing {

using namespace clang;

/// A library small enough to declare inline: an RAII transaction and a
/// spawn() whose handle does not join in its destructor.
inline const char *FakePack = R"(
pack: fake
transactions:
  - type: db::Tx
    commit: [commit]
    rollback: [rollback]
call-pairs:
  - receiver: db::Session
    begin: [begin]
    commit: [commit]
    rollback: [rollback]
task-starts:
  - call: rt::spawn
    handle: rt::Handle
handles:
  - type: rt::Handle
    join: [join]
    destructor: none
groups:
  - type: rt::Workers
    spawn: [run]
    join: [wait]
)";

inline const char *FakeHeader = R"(
namespace db { struct Session { void begin(); void commit(); void rollback(); }; struct Conn {}; struct Tx { explicit Tx(Conn &); ~Tx(); void exec(const char *); void commit(); void rollback(); }; }
namespace rt { struct Handle { ~Handle(); void join(); }; template <typename F> Handle spawn(F f) { return {}; }
               struct Workers { template <typename F> void run(F f) {} void wait(); }; }
)";

inline std::unique_ptr<ASTUnit> parse(const std::string &Code) {
  return tooling::buildASTFromCodeWithArgs(std::string(FakeHeader) + Code,
                                           {"-std=c++17", "-resource-dir=" TXSCOPE_RESOURCE_DIR},
                                           "input.cpp");
}

inline std::vector<RulePack> fakePacks() {
  auto Pack = parseRulePack(FakePack, "fake.yaml");
  EXPECT_TRUE(static_cast<bool>(Pack)) << llvm::toString(Pack.takeError());
  std::vector<RulePack> Packs;
  Packs.push_back(std::move(*Pack));
  return Packs;
}

inline std::vector<Finding> analyze(ASTUnit &AST, bool Strict = false) {
  AnalysisOptions Options;
  Options.StrictMode = Strict;
  Analyzer Engine(fakePacks(), Options);
  return Engine.analyzeTranslationUnit(AST.getASTContext());
}

template <typename T> const T *findDecl(ASTUnit &AST, llvm::StringRef Name) {
  struct Finder : RecursiveASTVisitor<Finder> {
    llvm::StringRef Name;
    const T *Found = nullptr;
    bool VisitNamedDecl(NamedDecl *D) {
      if (!Found && isa<T>(D) && D->getName() == Name)
        Found = cast<T>(D);
      return true;
    }
  } F;
  F.Name = Name;
  F.TraverseDecl(AST.getASTContext().getTranslationUnitDecl());
  return F.Found;
}

} // namespace testing
} // namespace txscope

#endif
