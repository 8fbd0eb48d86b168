//===- FunctionSummary.h - What one function does to what it is given -*- C++ -*-===//
//
// SPEC §2 *Across functions*: a plain value per function, computed once,
// saying what the function does to its parameters and to the members of
// `this` — the tasks it leaves running on them, the transactions it begins or
// ends on them. Places in it are relative to the function (a parameter by
// index, or `this`) and fields are names, so a summary means the same at
// every call and can be written out and read back for another translation
// unit.
//
//===----------------------------------------------------------------------===//
#ifndef TXSCOPE_ENGINE_FUNCTIONSUMMARY_H
#define TXSCOPE_ENGINE_FUNCTIONSUMMARY_H

#include "Finding.h"
#include "Rules.h"
#include "clang/Basic/SourceLocation.h"
#include <optional>
#include <string>
#include <vector>

namespace txscope {

/// A place relative to a function: parameter \c Param (or `this` when -1)
/// and a path of field names from it.
struct SummaryPlace {
  int Param = -1;
  std::vector<std::string> Fields;

  bool isThis() const { return Param < 0; }
  bool operator==(const SummaryPlace &O) const { return Param == O.Param && Fields == O.Fields; }
};

/// A task the function starts on something it was given and does not join
/// before it returns on some path (SPEC §2: detached, dropped, escaped).
struct LeakedTask {
  clang::SourceLocation Start;   ///< The task start (in this function or a callee).
  FindingKind Kind = FindingKind::Detached; ///< Why it is still running at the return.
  clang::SourceLocation Detail;  ///< Where it is detached, escapes or is dropped (may be invalid).
  /// The calls from this function down to the start, outermost first, each
  /// with the callee's name (empty when the start is in this function).
  std::vector<std::pair<clang::SourceLocation, std::string>> Calls;
  std::vector<SummaryPlace> Uses; ///< What it uses of what the function was given.
  /// Spawned into a pool or group the function was given: joined with it.
  bool HasGroup = false;
  SummaryPlace Group;
  /// Read from a summary file: the start is in another translation unit,
  /// where the unit analysed cannot report it (SPEC §2, §6).
  bool Foreign = false;
};

/// A transaction the function begins or ends on something it was given
/// (transaction helpers: `void beginTx(QSqlDatabase &db)`, `bool commitTx()`).
struct TransactionEffect {
  enum EffectKind { Begin, Commit, Rollback } Kind;
  SummaryPlace On;
};

/// The task a function starts and returns the handle of: a task start at
/// each of its calls, with the handle's semantics as created inside.
struct ReturnedTask {
  DestructorKind HandleDestructor = DestructorKind::None;
  bool Deferred = false;
  bool Lazy = false;
};

struct FunctionSummary {
  std::vector<LeakedTask> Leaks;
  std::vector<TransactionEffect> Effects;
  std::optional<ReturnedTask> Returned;
  /// Parameters taking a handle (or a container of handles) by reference
  /// that the function joins on every path (join helpers, SPEC §3) ...
  std::vector<unsigned> JoinedParameters;
  /// ... and those too large to tell (as if the function were unseen).
  std::vector<unsigned> UnknownJoins;

  bool begins() const {
    for (const TransactionEffect &E : Effects)
      if (E.Kind == TransactionEffect::Begin)
        return true;
    return false;
  }
  bool ends() const {
    for (const TransactionEffect &E : Effects)
      if (E.Kind != TransactionEffect::Begin)
        return true;
    return false;
  }
};

} // namespace txscope

#endif
