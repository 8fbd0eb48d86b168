//===- Places.h - What an expression names: a variable, `this`, a field path -*- C++ -*-===//
//
// A transaction's roots, what a task uses and a call pair's receiver are
// places (SPEC §1): a local, a parameter, `this`, or a path of fields (or
// getters) from one of them: `tx`, `this->m_conn`, `di.backend`. Two places
// overlap when one is, contains or is contained in the other: a task that
// captures `di` can reach `di.backend`; one that uses `this->m_conn` can
// reach the connection a transaction on `m_conn` runs on.
//
// Fields are kept by name, so that a place means the same in a function
// summary (relative to a parameter or `this`) as in the function analysed.
//
//===----------------------------------------------------------------------===//
#ifndef TXSCOPE_ENGINE_PLACES_H
#define TXSCOPE_ENGINE_PLACES_H

#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallVector.h"
#include <algorithm>
#include <optional>
#include <string>

namespace txscope {

struct Place {
  /// A variable or parameter; null for `this` of the function analysed; a
  /// function for what an accessor returns (`QSqlDatabase::database()`).
  const clang::Decl *Root = nullptr;
  /// Field names from Root, outermost first; a getter is written `name()`.
  llvm::SmallVector<llvm::StringRef, 2> Fields;

  static Place of(const clang::Decl *Root) {
    Place P;
    P.Root = Root;
    return P;
  }
  static Place thisObject() { return Place(); }

  bool isThis() const { return Root == nullptr; }
  bool isWholeVariable(const clang::Decl *D) const { return Root == D && Fields.empty(); }
  bool operator==(const Place &O) const { return Root == O.Root && Fields == O.Fields; }
  bool operator!=(const Place &O) const { return !(*this == O); }
  /// One is the other or a part of it.
  bool overlaps(const Place &O) const;
  /// How messages name it: `tx`, `m_db`, `di.backend`.
  std::string name() const;
};

/// A small set of places (the sets are short: linear look-ups).
class PlaceSet {
public:
  bool insert(const Place &P);
  void insertAll(const PlaceSet &Other) {
    for (const Place &P : Other)
      insert(P);
  }
  bool contains(const Place &P) const { return llvm::is_contained(Items, P); }
  bool overlaps(const Place &P) const;
  bool overlapsAny(const PlaceSet &Other) const;
  bool empty() const { return Items.empty(); }
  size_t size() const { return Items.size(); }
  const Place *begin() const { return Items.begin(); }
  const Place *end() const { return Items.end(); }
  void erase(const Place &P) { Items.erase(std::remove(Items.begin(), Items.end(), P), Items.end()); }

private:
  llvm::SmallVector<Place, 4> Items;
};

/// The place an object expression stands for: a variable, `this`, a field or
/// getter path from one of them (through `->`, `*`, `&` and smart pointers),
/// or the accessor function a call returns it from. None when unknown.
std::optional<Place> placeOf(const clang::Expr *E);

/// Which members of `this` a method uses (transitively through the methods
/// it calls on `this`); a method whose body is not visible uses all of them.
class MemberUses {
public:
  virtual ~MemberUses() = default;
  virtual const PlaceSet &membersUsedBy(const clang::CXXMethodDecl &Method) = 0;
};

/// Adds to \p Out the places \p E uses: variables it names, field paths it
/// reads, what its lambdas capture (a lambda body is entered only for the
/// members it uses through a captured `this`), and for a member-function
/// pointer bound to `this` (`std::thread(&X::f, this)`) the members `X::f`
/// uses. \p Members may be null: then a method called on `this` uses all
/// members.
void collectUses(const clang::Stmt *E, PlaceSet &Out, MemberUses *Members);

/// The members of `this` that the statements of \p Body use (lambdas inside
/// it that capture `this` included).
void collectThisUses(const clang::Stmt *Body, PlaceSet &Out, MemberUses *Members);

} // namespace txscope

#endif
