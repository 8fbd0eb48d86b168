//===- AstUtil.h - Small questions about expressions ------------*- C++ -*-===//
#ifndef TXSCOPE_ENGINE_ASTUTIL_H
#define TXSCOPE_ENGINE_ASTUTIL_H

#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMap.h"
#include "llvm/ADT/SmallPtrSet.h"

namespace txscope {

/// The declaration an object expression stands for, so that two calls on the
/// same receiver compare equal: a variable, a field of `this`, or the function
/// returning it (`QThreadPool::globalInstance()`). Null when unknown.
const clang::Decl *receiverKey(const clang::Expr *Object);

/// The class a member call is made on (through a pointer too).
clang::QualType objectType(const clang::CXXMemberCallExpr &Call);

/// The name of the method \p Call calls; empty for operators and conversions.
llvm::StringRef methodName(const clang::CXXMemberCallExpr &Call);

/// Whether \p V is a local of its function that lives in one of its blocks
/// (not static, not a parameter).
bool isAutomaticLocal(const clang::VarDecl &V);

/// The type a smart pointer owns (std::shared_ptr<T> -> T): a class template
/// specialisation with an operator-> whose first argument is a type. Null
/// for any other type.
clang::QualType ownedType(clang::QualType T);

/// Adds to \p Out the variables \p Start takes copies of: by-copy lambda
/// captures, and call or constructor arguments that are plain variables.
void collectCopies(const clang::Expr *Start, llvm::SmallPtrSetImpl<const clang::Decl *> &Out);

/// Whether \p Call is std::move or std::forward.
bool isMoveOrForward(const clang::CallExpr &Call);

/// What \p Call names as its target: the function called, or the variable
/// holding the function object whose operator() is called (folly's
/// blockingWait, stdexec::spawn).
const clang::NamedDecl *calledName(const clang::CallExpr &Call);
/// Argument \p Index of \p Call as written (the object of an operator() call
/// is not counted), or null.
const clang::Expr *writtenArg(const clang::CallExpr &Call, int Index);

/// Number of arguments written at the call (default arguments not counted).
unsigned explicitArgCount(const clang::CallExpr &Call);

/// Whether values of type \p T are plain data that cannot refer to a
/// transaction (numbers, enums).
bool isPlainData(clang::QualType T);

/// The text of the string literal \p E is or wraps (`"BEGIN"`,
/// `std::string("BEGIN")`); empty when there is none.
std::string literalText(const clang::Expr *E);

/// The location a diagnostic about \p S points at.
clang::SourceLocation diagLoc(const clang::Stmt &S);

/// Where a value flows after \p E: wrappers that do not change which object it
/// is (casts, temporaries, parentheses, copy/move construction, std::move) are
/// stepped over.
struct Flow {
  const clang::Stmt *Parent = nullptr; ///< First non-transparent parent.
  const clang::Stmt *Child = nullptr;  ///< Its child on the path from E.
  bool Moved = false;                  ///< Went through std::move / a move constructor.
};
Flow flowUp(const clang::ParentMap &PM, const clang::Stmt *E);

/// The co_await that awaits the value of \p E, if any: E's flow ends at the
/// CoawaitExpr itself, or at the awaiter's opaque value that its
/// await_ready/await_suspend/await_resume calls share.
const clang::CoawaitExpr *awaitedBy(const clang::ParentMap &PM, const clang::Stmt *E);

/// The member call made on the value of \p E (`E.get()`, `E->join()`), if any.
const clang::CXXMemberCallExpr *memberCallOn(const clang::ParentMap &PM, const clang::Stmt *E);

} // namespace txscope

#endif
