//===- Uri.cpp - file: URIs -----------------------------------------------===//
#include "Uri.h"
#include "llvm/ADT/StringExtras.h"

namespace txscope::lsp {

std::optional<std::string> uriToPath(llvm::StringRef Uri) {
  if (!Uri.consume_front("file://"))
    return std::nullopt;
  std::string Path;
  for (size_t I = 0; I < Uri.size(); ++I) {
    if (Uri[I] == '%' && I + 2 < Uri.size() && llvm::isHexDigit(Uri[I + 1]) &&
        llvm::isHexDigit(Uri[I + 2])) {
      Path += char(llvm::hexFromNibbles(Uri[I + 1], Uri[I + 2]));
      I += 2;
    } else {
      Path += Uri[I];
    }
  }
  return Path;
}

std::string pathToUri(llvm::StringRef Path) {
  std::string Uri = "file://";
  for (unsigned char C : Path) {
    if (llvm::isAlnum(C) || llvm::StringRef("/-_.~+").contains(char(C)))
      Uri += char(C);
    else
      Uri += {'%', llvm::hexdigit(C >> 4), llvm::hexdigit(C & 15)};
  }
  return Uri;
}

} // namespace txscope::lsp
