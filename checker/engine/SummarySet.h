//===- SummarySet.h - Function and class summaries, as a file holds them -*- C++ -*-===//
//
// SPEC §2 *Across functions*, §6: what one translation unit's functions and
// classes do, written out so that a unit that only declares them sees them
// too (a wrapper whose constructor is defined in transaction.cpp, helpers in
// db_utils.cpp). The stored form of a FunctionSummary: locations are file,
// line and column instead of a SourceManager's offsets, declarations are
// keyed by their USR, which every unit computes alike.
//
// The file is JSON: {"format": "txscope-summaries", "version": 1,
// "functions": {USR: {...}}, "classes": {USR: {...}}}. Reading a corrupt,
// truncated or other-version file is an error naming the file and line.
//
//===----------------------------------------------------------------------===//
#ifndef TXSCOPE_ENGINE_SUMMARYSET_H
#define TXSCOPE_ENGINE_SUMMARYSET_H

#include "FunctionSummary.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/JSON.h"
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace txscope {

struct StoredLocation {
  std::string File; ///< Absolute path; empty: no location.
  unsigned Line = 0, Column = 0;
  bool operator==(const StoredLocation &O) const {
    return File == O.File && Line == O.Line && Column == O.Column;
  }
};

/// LeakedTask with its locations stored.
struct StoredLeak {
  FindingKind Kind = FindingKind::Detached;
  StoredLocation Start, Detail;
  std::vector<std::pair<StoredLocation, std::string>> Calls;
  std::vector<SummaryPlace> Uses;
  std::optional<SummaryPlace> Group;
};

/// What a function does to what it is given (FunctionSummary), and for a
/// method the members of `this` it uses.
struct StoredFunction {
  std::string Name; ///< Qualified, for people reading the file.
  std::string File; ///< The unit defining it (its main file).
  std::vector<StoredLeak> Leaks;
  std::vector<TransactionEffect> Effects;
  std::optional<ReturnedTask> Returned;
  std::vector<unsigned> JoinedParameters, UnknownJoins;
  /// It takes a task handle by reference: no joins then says "does not
  /// join" (without the entry: unseen, may join).
  bool TakesHandles = false;
  /// A method's uses of `this`: field paths (an empty path: the whole object).
  std::optional<std::vector<std::vector<std::string>>> MemberUses;

  /// Whether it says more than the members a method uses: an entry without
  /// a summary is as good as none to a caller.
  bool hasSummary() const {
    return !Leaks.empty() || !Effects.empty() || Returned || !JoinedParameters.empty() ||
           !UnknownJoins.empty() || TakesHandles;
  }
};

/// A class whose construction begins a transaction and whose destruction
/// ends it (an inferred wrapper), with its end methods.
struct StoredClass {
  std::string Name;
  std::string File; ///< The unit defining its constructors (its main file).
  std::vector<std::string> CommitMethods, RollbackMethods;
};

/// Where summaries of declarations not defined in this unit come from: a
/// file (SummarySet), or the txscope command's set growing as units finish.
class SummarySource {
public:
  virtual ~SummarySource() = default;
  virtual std::optional<StoredFunction> function(llvm::StringRef USR) const = 0;
  virtual std::optional<StoredClass> wrapperClass(llvm::StringRef USR) const = 0;
};

/// The summaries of a set of units, by USR.
class SummarySet : public SummarySource {
public:
  static constexpr unsigned Version = 1;

  std::map<std::string, StoredFunction> Functions;
  std::map<std::string, StoredClass> Classes;

  std::optional<StoredFunction> function(llvm::StringRef USR) const override;
  std::optional<StoredClass> wrapperClass(llvm::StringRef USR) const override;

  bool empty() const { return Functions.empty() && Classes.empty(); }
  /// Adds \p Other's entries. A declaration both define (an inline function
  /// two units define) keeps one of them whatever the order of merges.
  void merge(const SummarySet &Other);

  llvm::json::Value toJSON() const;
  /// \p Name names the text in errors ("summaries.json:12: ...").
  static llvm::Expected<SummarySet> parse(llvm::StringRef Text, llvm::StringRef Name);
  /// The same for a parsed value; \p Text, when given, is what it was
  /// parsed from (errors then name the line).
  static llvm::Expected<SummarySet> fromJSON(const llvm::json::Value &Value, llvm::StringRef Name,
                                             llvm::StringRef Text = "");
  static llvm::Expected<SummarySet> readFile(llvm::StringRef Path);
  llvm::Error writeFile(llvm::StringRef Path) const;
};

/// A short text that changes whenever what a unit can see of a declaration
/// it does not define changes; "" for nothing. A function is seen in two
/// parts, each with its own: its summary (all but the member uses; "" when
/// it has none) and the members it uses ("" when unknown). A caller that
/// only asks for one does not depend on the other.
std::string summaryFingerprint(const std::optional<StoredFunction> &F);
std::string memberUsesFingerprint(const std::optional<StoredFunction> &F);
std::string fingerprint(const std::optional<StoredClass> &C);

/// What a unit consulted of summaries it did not compute itself: per key
/// ("f:" a function's summary, "m:" its member uses, "c:" a class, and the
/// USR), the fingerprint of what it saw ("" when nothing). A unit must be
/// analysed again when one of them changed.
using ConsultedSummaries = std::map<std::string, std::string>;

/// The fingerprint \p Source gives now for a key of ConsultedSummaries.
std::string fingerprintOf(const SummarySource &Source, llvm::StringRef Key);

} // namespace txscope

#endif
