//===- RuleFilePaths.cpp - Where the RuleFiles option points --------------===//
#include "RuleFilePaths.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

namespace txscope {

/// The directory holding the nearest .clang-tidy above \p SourceFile.
static std::string configDirectory(llvm::StringRef SourceFile) {
  llvm::SmallString<256> Dir(SourceFile);
  llvm::sys::fs::make_absolute(Dir);
  llvm::sys::path::remove_filename(Dir);
  while (!Dir.empty()) {
    llvm::SmallString<256> Candidate(Dir);
    llvm::sys::path::append(Candidate, ".clang-tidy");
    if (llvm::sys::fs::exists(Candidate))
      return std::string(Dir);
    llvm::StringRef Parent = llvm::sys::path::parent_path(Dir);
    if (Parent == Dir)
      break;
    Dir = Parent;
  }
  llvm::SmallString<256> Cwd;
  llvm::sys::fs::current_path(Cwd);
  return std::string(Cwd);
}

std::vector<std::string> resolveRuleFiles(llvm::StringRef Option, llvm::StringRef SourceFile) {
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  Option.split(Parts, ';', -1, /*KeepEmpty=*/false);
  std::vector<std::string> Files;
  std::string Base;
  for (llvm::StringRef Part : Parts) {
    Part = Part.trim();
    if (Part.empty())
      continue;
    if (llvm::sys::path::is_absolute(Part)) {
      Files.push_back(Part.str());
      continue;
    }
    if (Base.empty())
      Base = configDirectory(SourceFile);
    llvm::SmallString<256> Path(Base);
    llvm::sys::path::append(Path, Part);
    Files.push_back(std::string(Path));
  }
  return Files;
}

} // namespace txscope
