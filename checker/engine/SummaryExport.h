//===- SummaryExport.h - What this unit's functions and classes do, to store -*- C++ -*-===//
//
// SPEC §2 *Across functions*, §6: the summaries of the functions and
// classes a translation unit's main file defines, in the stored form that
// other units read (SummarySet). Only what another unit can use is written:
// functions callable from elsewhere whose summary says something (or that
// take a task handle by reference: there "does not join" is news), the
// members of `this` a method uses, and the classes inferred as transaction
// wrappers here.
//
//===----------------------------------------------------------------------===//
#ifndef TXSCOPE_ENGINE_SUMMARYEXPORT_H
#define TXSCOPE_ENGINE_SUMMARYEXPORT_H

#include "SummarySet.h"
#include "clang/AST/ASTContext.h"

namespace txscope {

class InferredWrappers;
class LibraryModel;
class Summaries;

SummarySet exportSummaries(clang::ASTContext &Ctx, const LibraryModel &Model, Summaries &Callees,
                           InferredWrappers &Wrappers);

/// \p Loc as a file stores it (its file's absolute path, line, column).
StoredLocation storedLocation(clang::SourceLocation Loc, const clang::SourceManager &SM);

} // namespace txscope

#endif
