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
#else
using OptionalRef = llvm::Optional<llvm::StringRef>;
#endif

static std::string readAndRemove(llvm::StringRef Path) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path);
  llvm::sys::fs::remove(Path);
  return Buffer ? (*Buffer)->getBuffer().str() : std::string();
}

ProgramResult runProgram(llvm::StringRef Program, llvm::ArrayRef<std::string> Args, unsigned Seconds,
                         bool MergeErrIntoOut) {
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
  Result.Status = llvm::sys::ExecuteAndWait(Program, Refs, /*Env=*/{}, Redirects, Seconds,
                                            /*MemoryLimit=*/0, &Result.ExecError);
  Result.Out = readAndRemove(OutPath);
  Result.Err = readAndRemove(ErrPath);
  return Result;
}

} // namespace txscope
