//===- Regions.h - The statements a body's transactions are analysed over -*- C++ -*-===//
//
// A transaction held in a local variable lives within the compound statement
// that declares it, and so does every task started while it is open. When
// nothing those tasks use or are held by comes from further out, and no jump
// or handler outside that statement is involved, the scope's whole story
// (start, joins, detaches, the end of the transaction, late joins) is told
// inside the statement: it is analysed there alone, with a CFG and a parent
// map of that statement. A function with many transaction blocks then costs
// memory in proportion to its largest block, not to its length.
//
//===----------------------------------------------------------------------===//
#ifndef TXSCOPE_ENGINE_REGIONS_H
#define TXSCOPE_ENGINE_REGIONS_H

#include "CallbackLambdas.h"
#include "LibraryModel.h"
#include "clang/AST/Stmt.h"
#include <vector>

namespace txscope {

class Summaries;

/// The statements to analyse \p Body's transaction scopes over, disjoint and
/// in source order: \p Body itself when any scope needs it (a transaction
/// callback, a begin call, a shared pool, a goto) or when \p Split is
/// false; none when \p Body holds no transaction at all. Every call is also
/// checked for a lambda passed to a callback API (recorded in \p Lambdas),
/// and, when \p Callees is given, for a helper that begins a transaction.
std::vector<clang::Stmt *> planRegions(const LibraryModel &Model, clang::Stmt *Body,
                                       bool IsCallback, bool Split, CallbackLambdaMap &Lambdas,
                                       Summaries *Callees = nullptr);

} // namespace txscope

#endif
