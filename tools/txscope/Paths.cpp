//===- Paths.cpp - Paths as the reports show them -------------------------===//
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/JSON.h"
#include "Paths.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

namespace txscope::cli {

std::string relativeTo(llvm::StringRef Root, llvm::StringRef File) {
  llvm::SmallString<256> Dir(Root);
  llvm::sys::path::remove_dots(Dir, /*remove_dot_dot=*/true);
  llvm::SmallString<256> Path(File);
  llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
  llvm::StringRef Rest = Path;
  if (!Rest.consume_front(Dir) || !(Rest.empty() || Rest.front() == '/'))
    return Path.str().str();
  return Rest.drop_front(Rest.empty() ? 0 : 1).str();
}

std::string jsonText(llvm::StringRef Text) {
  return llvm::json::isUTF8(Text) ? Text.str() : llvm::json::fixUTF8(Text);
}

std::string uriPath(llvm::StringRef Path) {
  std::string Out;
  for (unsigned char C : Path) {
    if (llvm::isAlnum(C) || llvm::StringRef("-._~/").contains(C))
      Out += char(C);
    else
      Out += {'%', llvm::hexdigit(C >> 4), llvm::hexdigit(C & 15)};
  }
  return Out;
}

std::string defaultSourceRoot() {
  llvm::SmallString<256> Dir;
  if (llvm::sys::fs::current_path(Dir))
    return ".";
  for (llvm::SmallString<256> Probe = Dir; !Probe.empty(); Probe = llvm::sys::path::parent_path(Probe)) {
    llvm::SmallString<256> Git(Probe);
    llvm::sys::path::append(Git, ".git");
    if (llvm::sys::fs::exists(Git))
      return Probe.str().str();
    if (llvm::sys::path::parent_path(Probe) == Probe)
      break;
  }
  return Dir.str().str();
}

} // namespace txscope::cli
