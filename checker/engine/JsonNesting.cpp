//===- JsonNesting.cpp - How deep a JSON text nests ------------------------===//
#include "JsonNesting.h"

namespace txscope {

bool nestingWithin(llvm::StringRef Text, unsigned Limit) {
  unsigned Depth = 0;
  bool InString = false;
  for (size_t I = 0; I < Text.size(); ++I) {
    char C = Text[I];
    if (InString) {
      if (C == '\\')
        ++I; // (the escaped character)
      else if (C == '"')
        InString = false;
    } else if (C == '"') {
      InString = true;
    } else if (C == '[' || C == '{') {
      if (++Depth > Limit)
        return false;
    } else if ((C == ']' || C == '}') && Depth) {
      --Depth;
    }
  }
  return true;
}

} // namespace txscope
