// txscope-args: -std=c++20 -isystem %S/../../stubs/drogon
// txscope-options-STRICT: StrictMode=true
// Drogon ORM transactions with coroutines, against stub headers mirroring
// Drogon's (test-inputs/stubs/drogon). Variant STRICT also reports the tasks
// that extend a transaction by sharing its ownership.
#include <drogon/orm/DbClient.h>
#include <drogon/utils/coroutine.h>
#include <future>
#include <memory>
#include <string>

using drogon::orm::DbClientPtr;
using drogon::orm::Transaction;

drogon::Task<void> archive(std::shared_ptr<Transaction> tx, int id);
drogon::Task<void> archiveRef(Transaction &tx, int id);
drogon::AsyncTask auditLater(Transaction &tx, int id);
drogon::Task<void> notify(int id);

drogon::Task<void> lazyTaskAwaitedInside(DbClientPtr db, int id) {
  auto tx = co_await db->newTransactionCoro();
  auto work = archiveRef(*tx, id);
  co_await work;
}

drogon::Task<void> lazyTaskAwaitedAfterRollback(DbClientPtr db, int id) {
  auto tx = co_await db->newTransactionCoro();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: note: transaction 'tx' begins here
  auto work = archiveRef(*tx, id);
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: lazy task created inside transaction 'tx' runs only when awaited, after 'tx' rolls back
  tx->rollback();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'tx' rolls back here while the task may still be running
  co_await work;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: the lazy task is first awaited here, after the transaction ended
}

drogon::Task<void> fireAndForgetWithReference(DbClientPtr db, int id) {
  auto tx = co_await db->newTransactionCoro();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: note: transaction 'tx' begins here
  auditLater(*tx, id);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task started inside transaction 'tx' is detached; it may still be running when 'tx' is destroyed
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: 'tx' is destroyed here, at the end of its scope, while the task may still be running

drogon::Task<void> asyncRunCapturingByReference(DbClientPtr db, int id) {
  auto tx = db->newTransaction();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: note: transaction 'tx' begins here
  drogon::async_run([&tx, id]() -> drogon::Task<void> { co_await tx->execSqlCoro("DELETE FROM live WHERE id = $1", id); });
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task started inside transaction 'tx' is detached; it may still be running when 'tx' is destroyed
  co_return;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: 'tx' is destroyed by this 'co_return' while the task may still be running
}

drogon::Task<void> asyncRunCopyingTheOwner(DbClientPtr db, int id) {
  auto tx = db->newTransaction();
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:8: note: transaction 'tx' begins here
  drogon::async_run([tx, id]() -> drogon::Task<void> { co_await tx->execSqlCoro("DELETE FROM live WHERE id = $1", id); });
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:3: warning: task started inside transaction 'tx' shares ownership of it: the task extends the transaction beyond its scope
  co_return;
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:3: note: the transaction's scope ends here, but the task keeps it open while it runs
}

drogon::Task<void> asyncRunNotTouchingTransaction(DbClientPtr db, int id) {
  auto tx = db->newTransaction();
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:8: note: transaction 'tx' begins here
  drogon::async_run([id]() -> drogon::Task<void> { co_await notify(id); });
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:3: warning: task started inside transaction 'tx' is detached; it may still be running when 'tx' is destroyed
  co_return;
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:3: note: 'tx' is destroyed by this 'co_return' while the task may still be running
}

void coFutureWaitedInside(DbClientPtr db, int id) {
  auto tx = db->newTransaction();
  std::future<void> done = drogon::co_future(archiveRef(*tx, id));
  done.wait();
}

void coFutureDroppedBeforeRollback(DbClientPtr db, int id) {
  auto tx = db->newTransaction();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: note: transaction 'tx' begins here
  std::future<void> done = drogon::co_future(archiveRef(*tx, id));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: task started inside transaction 'tx' is never joined; it may still be running when 'tx' rolls back
  tx->rollback();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'tx' rolls back here while the task may still be running
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: 'done' is destroyed here without waiting for the task

void syncWaitInside(DbClientPtr db, int id) {
  auto tx = db->newTransaction();
  drogon::sync_wait(archiveRef(*tx, id));
}

drogon::Task<void> whenAllInside(DbClientPtr db, int a, int b) {
  auto tx = co_await db->newTransactionCoro();
  co_await drogon::when_all(archiveRef(*tx, a), archiveRef(*tx, b));
}

void callbackSpawnsByReference(DbClientPtr db, int id) {
  db->newTransactionAsync([id](const std::shared_ptr<Transaction> &tx) {
    // CHECK-MESSAGES: :[[@LINE-1]]:68: note: transaction 'tx' begins here
    drogon::async_run([&tx, id]() -> drogon::Task<void> { co_await tx->execSqlCoro("UPDATE a SET b = $1", id); });
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: task started inside transaction 'tx' is detached; it may still be running when 'tx' ends as the callback returns
  });
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: the transaction callback returns here, ending 'tx', while the task may still be running
}

void callbackSpawnsWithOwnerCopy(DbClientPtr db, int id) {
  db->newTransactionAsync([id](const std::shared_ptr<Transaction> &tx) {
    // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:68: note: transaction 'tx' begins here
    drogon::async_run([tx, id]() -> drogon::Task<void> { co_await tx->execSqlCoro("UPDATE a SET b = $1", id); });
    // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:5: warning: task started inside transaction 'tx' shares ownership of it: the task extends the transaction beyond its scope
  });
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:3: note: the transaction's scope ends here, but the task keeps it open while it runs
}
