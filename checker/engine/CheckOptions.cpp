//===- CheckOptions.cpp - The check's name and option values --------------===//
#include "CheckOptions.h"

namespace txscope {

std::optional<bool> parseBoolOption(llvm::StringRef Value) {
  std::string Lower = Value.trim().lower();
  if (Lower == "true" || Lower == "1" || Lower == "on" || Lower == "yes")
    return true;
  if (Lower == "false" || Lower == "0" || Lower == "off" || Lower == "no")
    return false;
  return std::nullopt;
}

std::string invalidStrictModeMessage(llvm::StringRef Value) {
  return "invalid value '" + Value.str() + "' for option '" + CheckName +
         ".StrictMode': expected true or false";
}

} // namespace txscope
