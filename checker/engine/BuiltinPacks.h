//===- BuiltinPacks.h - Rule packs compiled into txscope --------*- C++ -*-===//
#ifndef TXSCOPE_ENGINE_BUILTINPACKS_H
#define TXSCOPE_ENGINE_BUILTINPACKS_H

#include "llvm/ADT/ArrayRef.h"

namespace txscope {

/// The text of one rules/*.yaml file, embedded at build time.
struct BuiltinPack {
  const char *FileName; ///< e.g. "pqxx.yaml"
  const char *Text;
};

/// Every pack under rules/, in file-name order.
llvm::ArrayRef<BuiltinPack> builtinPacks();

} // namespace txscope

#endif
