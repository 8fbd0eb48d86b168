//===- UnitOrder.h - Which units to analyse first -----------*- C++ -*-===//
//
// SPEC §6, one parse per unit: a unit analysed before the unit defining a
// helper it calls sees no summary of it and is analysed again at the end.
// Defining units go first when their file is named like a header many
// units include (transaction.cpp for transaction.h, db_utils.cpp for
// db_utils.h): a guess from the #include lines of the main files, read as
// text, that costs no parse and is right for most projects.
//
//===----------------------------------------------------------------------===//
#ifndef TXSCOPE_TOOLS_UNITORDER_H
#define TXSCOPE_TOOLS_UNITORDER_H

#include <string>
#include <vector>

namespace txscope::cli {

/// The indices of \p Files, those whose name most units include (as a
/// header of the same stem) first; otherwise in their given order.
std::vector<size_t> definersFirst(const std::vector<std::string> &Files);

} // namespace txscope::cli

#endif
