//===- TextEdits.cpp - LSP positions and content changes ------------------===//
#include "TextEdits.h"

namespace txscope::lsp {

/// UTF-16 code units of the UTF-8 sequence starting with \p Lead.
static unsigned utf16Units(unsigned char Lead, unsigned &Bytes) {
  if (Lead < 0x80) { Bytes = 1; return 1; }
  if ((Lead >> 5) == 0x6) { Bytes = 2; return 1; }
  if ((Lead >> 4) == 0xE) { Bytes = 3; return 1; }
  if ((Lead >> 3) == 0x1E) { Bytes = 4; return 2; }
  Bytes = 1; // invalid: count it as one unit
  return 1;
}

std::optional<size_t> byteOffset(llvm::StringRef Text, int64_t Line, int64_t Character) {
  if (Line < 0 || Character < 0)
    return std::nullopt;
  size_t Start = 0;
  for (int64_t L = 0; L < Line; ++L) {
    size_t NewLine = Text.find('\n', Start);
    if (NewLine == llvm::StringRef::npos)
      return std::nullopt;
    Start = NewLine + 1;
  }
  size_t End = Text.find('\n', Start);
  if (End == llvm::StringRef::npos)
    End = Text.size();
  size_t Offset = Start;
  for (int64_t Units = 0; Offset < End && Units < Character;) {
    unsigned Bytes;
    Units += utf16Units((unsigned char)Text[Offset], Bytes);
    Offset += Bytes;
  }
  return std::min(Offset, End);
}

unsigned utf16Column(llvm::StringRef LineText, unsigned ByteColumn) {
  unsigned Units = 0;
  for (size_t Offset = 0; Offset < ByteColumn && Offset < LineText.size();) {
    unsigned Bytes;
    Units += utf16Units((unsigned char)LineText[Offset], Bytes);
    Offset += Bytes;
  }
  return Units;
}

static std::optional<size_t> positionOffset(llvm::StringRef Text, const llvm::json::Object *Position) {
  if (!Position)
    return std::nullopt;
  auto Line = Position->getInteger("line");
  auto Character = Position->getInteger("character");
  if (!Line || !Character)
    return std::nullopt;
  return byteOffset(Text, *Line, *Character);
}

bool applyContentChange(std::string &Text, const llvm::json::Object &Change) {
  auto NewText = Change.getString("text");
  if (!NewText)
    return false;
  const llvm::json::Object *Range = Change.getObject("range");
  if (!Range) {
    Text = NewText->str();
    return true;
  }
  auto Start = positionOffset(Text, Range->getObject("start"));
  auto End = positionOffset(Text, Range->getObject("end"));
  if (!Start || !End || *End < *Start)
    return false;
  Text.replace(*Start, *End - *Start, NewText->str());
  return true;
}

} // namespace txscope::lsp
