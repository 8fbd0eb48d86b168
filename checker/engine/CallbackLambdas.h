//===- CallbackLambdas.h - Lambdas passed to transaction callbacks -*- C++ -*-===//
#ifndef TXSCOPE_ENGINE_CALLBACKLAMBDAS_H
#define TXSCOPE_ENGINE_CALLBACKLAMBDAS_H

#include "LibraryModel.h"
#include "llvm/ADT/DenseMap.h"

namespace txscope {

/// The lambdas a translation unit passes to transaction-callback APIs, by
/// closure class: their bodies are transaction scopes of their own.
using CallbackLambdaMap = llvm::DenseMap<const clang::CXXRecordDecl *, const CallbackRule *>;

/// Records the lambda \p Call passes to a callback API, if it does: the
/// lambda itself, or wrapped in a std::function or a copy.
void noteCallbackLambda(const clang::CallExpr &Call, const LibraryModel &Model,
                        CallbackLambdaMap &Out);

} // namespace txscope

#endif
