// txscope-args: -std=c++20 -isystem %S/../../stubs/drogon
// txscope-options-STRICT: StrictMode=true
// Functors queued on a trantor event loop inside Drogon and libpqxx
// transactions, against stub headers mirroring Drogon's and trantor's
// (test-inputs/stubs/drogon). The loop runs them later on its own thread and
// nothing waits for them: each is a detached task. Variant STRICT also
// reports the one that does not touch the transaction and the one that
// extends a transaction by sharing its ownership.
#include <drogon/orm/DbClient.h>
#include <memory>
#include <pqxx/pqxx>
#include <trantor/net/EventLoop.h>

using drogon::orm::DbClientPtr;

void queueInLoopWithReference(pqxx::connection &conn, trantor::EventLoop *loop) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  loop->queueInLoop([&tx] { tx.exec0("UPDATE a SET b = 1"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: task started inside transaction 'tx' is detached; it may still be running when 'tx' commits
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
}

void queueInLoopNotTouchingTransaction(pqxx::connection &conn, trantor::EventLoop *loop, int id) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  tx.exec0("UPDATE a SET b = 2");
  loop->queueInLoop([id] { (void)id; });
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:9: warning: task started inside transaction 'tx' is detached; it may still be running when 'tx' commits
  tx.commit();
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
}

void runInLoopWithReference(pqxx::connection &conn, trantor::EventLoop &loop) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  loop.runInLoop([&tx] { tx.exec0("UPDATE a SET b = 3"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: task started inside transaction 'tx' is detached; it may still be running when 'tx' commits
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
}

void runAfterWithConnection(pqxx::connection &conn, trantor::EventLoop &loop) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  loop.runAfter(1.0, [&conn] { pqxx::nontransaction n{conn}; n.exec0("SELECT 1"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: task started inside transaction 'tx' is detached; it may still be running when 'tx' commits
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
}

void runEveryAfterCommit(pqxx::connection &conn, trantor::EventLoop &loop, int id) {
  {
    pqxx::work tx{conn};
    tx.exec0("UPDATE a SET b = 4");
    tx.commit();
  }
  loop.runEvery(5.0, [&conn, id] { pqxx::work later{conn}; later.exec0("SELECT 1"); (void)id; });
}

void drogonTransactionByReference(DbClientPtr db, trantor::EventLoop *loop) {
  auto tx = db->newTransaction();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: note: transaction 'tx' begins here
  loop->queueInLoop([&tx] { tx->rollback(); });
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: task started inside transaction 'tx' is detached; it may still be running when 'tx' is destroyed
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: 'tx' is destroyed here, at the end of its scope, while the task may still be running

void drogonTransactionOwnerCopied(DbClientPtr db, trantor::EventLoop *loop) {
  auto tx = db->newTransaction();
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:8: note: transaction 'tx' begins here
  loop->queueInLoop([tx] { tx->rollback(); });
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:9: warning: task started inside transaction 'tx' shares ownership of it: the task extends the transaction beyond its scope
}
// CHECK-MESSAGES-STRICT: :[[@LINE-1]]:1: note: the transaction's scope ends here, but the task keeps it open while it runs
