//===- SqlText.h - What SQL sent as text does to a transaction --*- C++ -*-===//
#ifndef TXSCOPE_ENGINE_SQLTEXT_H
#define TXSCOPE_ENGINE_SQLTEXT_H

#include "Rules.h"
#include "clang/AST/Expr.h"

namespace txscope {

enum class SqlEffect { Begin, Commit, Rollback, Other };

/// What the SQL text \p Call sends (its argument \p Rule names) does to the
/// connection's transaction: PQexec(conn, "BEGIN"). Other when the text is
/// not a literal.
SqlEffect sqlEffect(const clang::CallExpr &Call, const SqlCallRule &Rule);

} // namespace txscope

#endif
