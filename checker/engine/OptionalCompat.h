//===- OptionalCompat.h - llvm::Optional or std::optional, as std::optional -*- C++ -*-===//
//
// LLVM's APIs return llvm::Optional up to LLVM 15 and std::optional since
// (llvm::json's getString, getInteger, ...): code built for every version
// takes their results through optionalOf.
//
//===----------------------------------------------------------------------===//
#ifndef TXSCOPE_ENGINE_OPTIONALCOMPAT_H
#define TXSCOPE_ENGINE_OPTIONALCOMPAT_H

#include <optional>
#include <type_traits>

namespace txscope {

template <typename Optional>
auto optionalOf(const Optional &Value) -> std::optional<std::decay_t<decltype(*Value)>> {
  if (Value)
    return *Value;
  return std::nullopt;
}

} // namespace txscope

#endif
