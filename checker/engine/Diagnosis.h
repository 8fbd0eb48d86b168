//===- Diagnosis.h - Decide and word one finding ----------------*- C++ -*-===//
#ifndef TXSCOPE_ENGINE_DIAGNOSIS_H
#define TXSCOPE_ENGINE_DIAGNOSIS_H

#include "Finding.h"
#include "PathQuery.h"

namespace txscope {

/// Decides whether task \p TaskIndex outlives scope \p ScopeIndex and, if so,
/// which row of SPEC §2 it is, with the warning and notes that explain the
/// path. Read top to bottom, this is the answer to "why did it warn here?".
/// \p Extends: the task holds a copy of the transaction's shared owner.
bool diagnose(const EventGraph &G, const FunctionFacts &Facts, unsigned ScopeIndex,
              unsigned TaskIndex, bool Extends, Finding &Out);

} // namespace txscope

#endif
