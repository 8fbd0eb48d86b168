//===- AnnotationRules.h - Rules read from source annotations ---*- C++ -*-===//
//
// A project's own wrappers need no YAML (SPEC §5): annotate them and the
// engine derives the same rules a pack would declare.
//
//   class [[clang::annotate("txscope::transaction")]] Tx {
//     [[clang::annotate("txscope::transaction_end")]] void Commit();
//   };
//   class [[clang::annotate("txscope::task_handle")]] Job {      // or joining_task_handle
//     [[clang::annotate("txscope::join")]] void Wait();           // also timed_wait, detach,
//                                                                  // ready_test (bool: finished?)
//   };
//   [[clang::annotate("txscope::spawn")]] Job RunAsync(std::function<void()>);
//   [[clang::annotate("txscope::join")]] void WaitAll(std::vector<Job> &);
//   [[clang::annotate("txscope::transaction_callback")]]
//   void Transact(std::function<void(Tx &)> body);  // body runs as a transaction
//
// Whether two executions may use one object at once (SPEC §2b), on any
// class (derived classes and template specializations too): the class is a
// connection with that `concurrent-use` (forbidden, serialised or
// thread-bound). A value inside the parentheses that is none of these is
// ignored, like every annotation txscope does not know.
//
//   class [[clang::annotate("txscope::concurrent_use(forbidden)")]] Conn { ... };
//
//===----------------------------------------------------------------------===//
#ifndef TXSCOPE_ENGINE_ANNOTATIONRULES_H
#define TXSCOPE_ENGINE_ANNOTATIONRULES_H

#include "Rules.h"
#include "clang/AST/DeclCXX.h"
#include "llvm/ADT/DenseMap.h"
#include <memory>

namespace txscope {

class AnnotationRules {
public:
  const TransactionTypeRule *transactionType(const clang::CXXRecordDecl &RD);
  const HandleTypeRule *handleType(const clang::CXXRecordDecl &RD);
  const TaskStartRule *taskStart(const clang::FunctionDecl &Fn);
  bool isJoinFunction(const clang::FunctionDecl &Fn) const;
  const CallbackRule *callback(const clang::FunctionDecl &Fn);
  /// The rule of a `txscope::concurrent_use(...)` annotation on \p RD, or on
  /// the first annotated base.
  const ConnectionTypeRule *connectionType(const clang::CXXRecordDecl &RD);

private:
  llvm::DenseMap<const clang::Decl *, std::unique_ptr<TransactionTypeRule>> Transactions;
  llvm::DenseMap<const clang::Decl *, std::unique_ptr<HandleTypeRule>> Handles;
  llvm::DenseMap<const clang::Decl *, std::unique_ptr<TaskStartRule>> Starts;
  llvm::DenseMap<const clang::Decl *, std::unique_ptr<CallbackRule>> Callbacks;
  llvm::DenseMap<const clang::Decl *, std::unique_ptr<ConnectionTypeRule>> Connections;
};

} // namespace txscope

#endif
