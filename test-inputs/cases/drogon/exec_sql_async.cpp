// txscope-args: -std=c++20 -isystem %S/../../stubs/drogon
// Drogon's execSqlAsync inside a Drogon transaction, against stub headers
// mirroring Drogon's (test-inputs/stubs/drogon): the client runs the result
// and error callbacks later on its event loop, so a callback holding a
// reference to the local transaction owner may run after it is gone; one
// holding a copy of the owner keeps the transaction alive.
#include <drogon/orm/DbClient.h>
#include <memory>

using drogon::orm::DbClientPtr;
using drogon::orm::DrogonDbException;
using drogon::orm::Result;

void callbackWithReferenceToOwner(const DbClientPtr &client) {
  auto trans = client->newTransaction();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: note: transaction 'trans' begins here
  trans->execSqlAsync(
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: task started inside transaction 'trans' is detached; it may still be running when 'trans' is destroyed
      "SELECT id FROM jobs",
      [&trans](const Result &r) {
        trans->execSqlAsync("DELETE FROM jobs WHERE n=$1", [](const Result &) {},
                            [](const DrogonDbException &) {}, r.size());
      },
      [](const DrogonDbException &) {});
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: 'trans' is destroyed here, at the end of its scope, while the task may still be running

void callbackWithCopyOfOwner(const DbClientPtr &client) {
  auto trans = client->newTransaction();
  trans->execSqlAsync(
      "SELECT id FROM jobs",
      [trans](const Result &r) {
        trans->execSqlAsync("DELETE FROM jobs WHERE n=$1", [](const Result &) {},
                            [](const DrogonDbException &) {}, r.size());
      },
      [](const DrogonDbException &) {});
}

// The statement is the transaction's own: callbacks not touching it are fine.
void callbackNotTouchingTransaction(const DbClientPtr &client, int &rows) {
  auto trans = client->newTransaction();
  trans->execSqlAsync(
      "UPDATE jobs SET done = true", [&rows](const Result &r) { rows = static_cast<int>(r.affectedRows()); },
      [](const DrogonDbException &) {});
}

void errorCallbackRollsBackThroughReference(const DbClientPtr &client) {
  auto trans = client->newTransaction();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: note: transaction 'trans' begins here
  trans->execSqlAsync("UPDATE jobs SET done = true", [](const Result &) {},
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: task started inside transaction 'trans' is detached; it may still be running when 'trans' is destroyed
                      [&trans](const DrogonDbException &) { trans->rollback(); });
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: 'trans' is destroyed here, at the end of its scope, while the task may still be running

// The client hands out transactions on connections of their own: a callback
// using the client (a pool) outlives no connection.
void clientCallbackInsideTransaction(const DbClientPtr &client) {
  auto trans = client->newTransaction();
  client->execSqlAsync("SELECT 1", [client](const Result &) { client->execSqlAsync("SELECT 2", [](const Result &) {}, [](const DrogonDbException &) {}); },
                       [](const DrogonDbException &) {});
}
