//===- PackList.h - txscope --list-packs ------------------------*- C++ -*-===//
#ifndef TXSCOPE_CLI_PACKLIST_H
#define TXSCOPE_CLI_PACKLIST_H

#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

namespace txscope::cli {

/// Prints every built-in rule pack: its name, its description and the names
/// it models (transaction types, task starts, handles, groups, ...), read
/// from the packs themselves. Fails when a built-in pack does not parse.
llvm::Error listPacks(llvm::raw_ostream &OS);

} // namespace txscope::cli

#endif
