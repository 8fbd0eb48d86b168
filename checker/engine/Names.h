//===- Names.h - Match declarations against rule-pack names -----*- C++ -*-===//
#ifndef TXSCOPE_ENGINE_NAMES_H
#define TXSCOPE_ENGINE_NAMES_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringRef.h"
#include <string>

namespace txscope {

/// The fully qualified name of \p D as users write it: inline and anonymous
/// namespaces are left out (std::__cxx11::basic_string -> std::basic_string).
std::string qualifiedName(const clang::NamedDecl &D);

/// qualifiedName() memoised per declaration: the model compares every call
/// and type of a body against every rule name, and building the string each
/// time dominated the check's profile.
class QualifiedNameCache {
public:
  llvm::StringRef get(const clang::NamedDecl &D);

private:
  llvm::DenseMap<const clang::Decl *, std::string> Names;
};

/// The declarations one qualified rule name denotes in one translation unit.
/// Besides comparing qualified names, the name is looked up through
/// namespaces, using-declarations and aliases, so `tbb::task_group` finds the
/// class that oneTBB declares in `tbb::detail::d1` and re-exports.
class DeclName {
public:
  /// \p Cache (optional) is shared by the names of one translation unit.
  DeclName(llvm::StringRef QualifiedName, clang::ASTContext &Ctx,
           QualifiedNameCache *Cache = nullptr);

  /// Whether \p D (or the template it was instantiated from) is the named entity.
  bool matches(const clang::NamedDecl &D) const;
  /// Whether the class \p RD or one of its bases is the named class.
  bool matchesClassOrBase(const clang::CXXRecordDecl &RD) const;

  llvm::StringRef str() const { return Name; }

private:
  std::string Name;
  QualifiedNameCache *Cache;
  llvm::DenseSet<const clang::Decl *> Resolved; ///< canonical declarations
};

} // namespace txscope

#endif
