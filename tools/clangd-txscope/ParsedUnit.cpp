//===- ParsedUnit.cpp - A document's AST, reparsed with a preamble --------===//
#include "ParsedUnit.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/FileManager.h"
#include "clang/Frontend/CompilerInvocation.h"
#include "clang/Frontend/Utils.h"
#include "clang/Lex/PreprocessorOptions.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/VirtualFileSystem.h"
#if __has_include("clang/Driver/CreateInvocationFromArgs.h")
#include "clang/Driver/CreateInvocationFromArgs.h"
#endif

namespace txscope::lsp {
using namespace clang;

namespace {
/// Diagnostics of the parse are clangd's business, not ours.
struct Diagnostics {
  std::shared_ptr<DiagnosticOptions> Options = std::make_shared<DiagnosticOptions>();
  IntrusiveRefCntPtr<DiagnosticsEngine> Engine;
  Diagnostics() {
#if TXSCOPE_LLVM_MAJOR >= 21
    Engine = new DiagnosticsEngine(DiagnosticIDs::create(), *Options, new IgnoringDiagConsumer(), true);
#else
    Engine = new DiagnosticsEngine(new DiagnosticIDs(), new DiagnosticOptions(), new IgnoringDiagConsumer(), true);
#endif
  }
};
} // namespace

static std::unique_ptr<CompilerInvocation> invocation(const std::vector<std::string> &CommandLine,
                                                      IntrusiveRefCntPtr<DiagnosticsEngine> Diags) {
  std::vector<const char *> Args;
  for (const std::string &Arg : CommandLine)
    Args.push_back(Arg.c_str());
#if TXSCOPE_LLVM_MAJOR >= 15
  CreateInvocationOptions Options;
  Options.Diags = Diags;
  Options.RecoverOnError = true;
  return createInvocation(Args, std::move(Options));
#else
  return createInvocationFromCommandLine(Args, Diags, nullptr, /*ShouldRecoverOnErrors=*/true);
#endif
}

ASTUnit *ParsedUnit::parse(const std::string &Text, std::string &Error) {
  auto Buffer = llvm::MemoryBuffer::getMemBufferCopy(Text, File);
  if (Unit) {
    // The unit takes the buffer over.
    ASTUnit::RemappedFile Remapped(File, Buffer.release());
    if (!Unit->Reparse(PCHOps, llvm::ArrayRef<ASTUnit::RemappedFile>(&Remapped, 1)))
      return Unit.get();
    Unit.reset(); // catastrophic: start afresh
    Buffer = llvm::MemoryBuffer::getMemBufferCopy(Text, File);
  }
  Diagnostics Diags;
  std::shared_ptr<CompilerInvocation> CI = invocation(CommandLine, Diags.Engine);
  if (!CI) {
    Error = "cannot make a compiler invocation of the compile command";
    return nullptr;
  }
  CI->getPreprocessorOpts().addRemappedFile(File, Buffer.release());
  CI->getPreprocessorOpts().RetainRemappedFileBuffers = false;
  CI->getFrontendOpts().SkipFunctionBodies = false;
  auto FS = llvm::vfs::getRealFileSystem();
#if TXSCOPE_LLVM_MAJOR >= 21
  Unit = ASTUnit::LoadFromCompilerInvocation(
      CI, PCHOps, Diags.Options, Diags.Engine,
      llvm::makeIntrusiveRefCnt<FileManager>(FileSystemOptions(), FS), /*OnlyLocalDecls=*/false,
      CaptureDiagsKind::None, /*PrecompilePreambleAfterNParses=*/1, TU_Complete);
#else
  Unit = ASTUnit::LoadFromCompilerInvocation(
      CI, PCHOps, Diags.Engine, new FileManager(FileSystemOptions(), FS), /*OnlyLocalDecls=*/false,
      CaptureDiagsKind::None, /*PrecompilePreambleAfterNParses=*/1, TU_Complete);
#endif
  if (!Unit)
    Error = "the parser failed";
  return Unit.get();
}

} // namespace txscope::lsp
