//===- Names.h - Match declarations against rule-pack names -----*- C++ -*-===//
#ifndef TXSCOPE_ENGINE_NAMES_H
#define TXSCOPE_ENGINE_NAMES_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringRef.h"
#include <string>

namespace txscope {

/// The fully qualified name of \p D as users write it: inline and anonymous
/// namespaces are left out (std::__cxx11::basic_string -> std::basic_string).
std::string qualifiedName(const clang::NamedDecl &D);

/// The declarations one qualified rule name denotes in one translation unit.
/// Besides comparing qualified names, the name is looked up through
/// namespaces, using-declarations and aliases, so `tbb::task_group` finds the
/// class that oneTBB declares in `tbb::detail::d1` and re-exports.
class DeclName {
public:
  DeclName(llvm::StringRef QualifiedName, clang::ASTContext &Ctx);

  /// Whether \p D (or the template it was instantiated from) is the named entity.
  bool matches(const clang::NamedDecl &D) const;
  /// Whether the class \p RD or one of its bases is the named class.
  bool matchesClassOrBase(const clang::CXXRecordDecl &RD) const;

  llvm::StringRef str() const { return Name; }

private:
  std::string Name;
  llvm::DenseSet<const clang::Decl *> Resolved; ///< canonical declarations
};

} // namespace txscope

#endif
