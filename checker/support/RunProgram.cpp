//===- RunProgram.cpp - Running a program and reading its output ----------===//
#include "RunProgram.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Program.h"
#include <optional>
#include <vector>

namespace txscope {

#if TXSCOPE_LLVM_MAJOR >= 16
using OptionalRef = std::optional<llvm::StringRef>;
using OptionalEnv = std::optional<llvm::ArrayRef<llvm::StringRef>>;
#else
using OptionalRef = llvm::Optional<llvm::StringRef>;
using OptionalEnv = llvm::Optional<llvm::ArrayRef<llvm::StringRef>>;
#endif

#ifdef TXSCOPE_ASAN_RUNTIME
extern "C" char **environ;

/// This process's environment plus the sanitizer runtime to preload.
static std::vector<std::string> pluginHostEnvironment() {
  std::vector<std::string> Env;
  for (char **E = environ; *E; ++E) {
    llvm::StringRef Name = llvm::StringRef(*E).split('=').first;
    if (Name != "LD_PRELOAD" && Name != "ASAN_OPTIONS")
      Env.emplace_back(*E);
  }
  Env.push_back("LD_PRELOAD=" TXSCOPE_ASAN_RUNTIME);
  // allow_user_poisoning=0: see tools/test.sh (the sanitizer stage).
  Env.push_back("ASAN_OPTIONS=detect_leaks=0:allow_user_poisoning=0");
  return Env;
}
#endif

static std::string readAndRemove(llvm::StringRef Path) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path);
  llvm::sys::fs::remove(Path);
  return Buffer ? (*Buffer)->getBuffer().str() : std::string();
}

ProgramResult runProgram(llvm::StringRef Program, llvm::ArrayRef<std::string> Args, unsigned Seconds,
                         bool MergeErrIntoOut, bool HostsPlugin) {
  ProgramResult Result;
  llvm::SmallString<128> OutPath, ErrPath;
  if (llvm::sys::fs::createTemporaryFile("txscope-run", "out", OutPath) ||
      llvm::sys::fs::createTemporaryFile("txscope-run", "err", ErrPath)) {
    Result.ExecError = "cannot create temporary files";
    return Result;
  }
  std::vector<llvm::StringRef> Refs(Args.begin(), Args.end());
  OptionalRef Redirects[] = {llvm::StringRef(""), llvm::StringRef(OutPath),
                             llvm::StringRef(MergeErrIntoOut ? OutPath : ErrPath)};
  std::vector<std::string> EnvText;
  std::vector<llvm::StringRef> EnvRefs;
  OptionalEnv Env;
#ifdef TXSCOPE_ASAN_RUNTIME
  if (HostsPlugin) { // see runProgram's declaration
    EnvText = pluginHostEnvironment();
    EnvRefs.assign(EnvText.begin(), EnvText.end());
    Env = llvm::ArrayRef<llvm::StringRef>(EnvRefs);
  }
#else
  (void)HostsPlugin;
#endif
  Result.Status = llvm::sys::ExecuteAndWait(Program, Refs, Env, Redirects, Seconds,
                                            /*MemoryLimit=*/0, &Result.ExecError);
  Result.Out = readAndRemove(OutPath);
  Result.Err = readAndRemove(ErrPath);
  return Result;
}

} // namespace txscope
