// txscope-args: -std=c++17 -I/usr/include/postgresql
// Transactions sent as SQL text through C APIs and a pqxx nontransaction.
#include <future>
#include <libpq-fe.h>
#include <pqxx/pqxx>
#include <sqlite3.h>
#include <thread>

void libpqTaskJoinedAfterCommit(PGconn *conn) {
  PQclear(PQexec(conn, "BEGIN"));
  // CHECK-MESSAGES: :[[@LINE-1]]:11: note: transaction 'conn' begins here
  std::thread t([conn] { PQclear(PQexec(conn, "UPDATE a SET b = 1")); });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: task started inside transaction 'conn' may still be running when 'conn' commits
  PQclear(PQexec(conn, "commit"));
  // CHECK-MESSAGES: :[[@LINE-1]]:11: note: 'conn' commits here while the task may still be running
  t.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: the task is joined only here, after the transaction ended
}

void libpqTaskJoinedInside(PGconn *conn) {
  PQclear(PQexec(conn, "START TRANSACTION ISOLATION LEVEL SERIALIZABLE"));
  std::thread t([conn] { PQclear(PQexec(conn, "UPDATE a SET b = 1")); });
  t.join();
  PQclear(PQexec(conn, "END"));
}

void libpqSavepointRollbackKeepsItOpen(PGconn *conn) {
  PQclear(PQexec(conn, "begin transaction"));
  // CHECK-MESSAGES: :[[@LINE-1]]:11: note: transaction 'conn' begins here
  std::thread t([conn] { PQclear(PQexec(conn, "UPDATE a SET b = 2")); });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: task started inside transaction 'conn' may still be running when 'conn' rolls back
  // CHECK-MESSAGES: :[[@LINE-2]]:15: note: the task using 'conn' is started here
  PQclear(PQexec(conn, "ROLLBACK TO SAVEPOINT s1"));
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: 'conn' is used here while a task using it may still be running [txscope-concurrent-transaction-use]
  PQclear(PQexec(conn, "ROLLBACK"));
  // CHECK-MESSAGES: :[[@LINE-1]]:11: note: 'conn' rolls back here while the task may still be running
  t.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: the task is joined only here, after the transaction ended
  // CHECK-MESSAGES: :[[@LINE-2]]:5: note: the task is joined only here
}

void libpqLeftOpenAtReturn(PGconn *conn) {
  PQclear(PQexec(conn, "BEGIN"));
  // CHECK-MESSAGES: :[[@LINE-1]]:11: note: transaction 'conn' begins here
  std::thread([conn] { PQclear(PQexec(conn, "DELETE FROM q")); }).detach();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task started inside transaction 'conn' is detached; it may still be running when 'conn' is left open by the function's return
  // CHECK-MESSAGES: :[[@LINE-2]]:67: note: the task is detached here
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: the function returns here with transaction 'conn' still open while the task may still be running

void libpqTaskWithOwnConnection(PGconn *conn, const char *dsn) {
  PQclear(PQexec(conn, "BEGIN"));
  std::thread([dsn] {
    PGconn *own = PQconnectdb(dsn);
    PQclear(PQexec(own, "BEGIN"));
    PQclear(PQexec(own, "COMMIT"));
    PQfinish(own);
  }).detach();
  PQclear(PQexec(conn, "COMMIT"));
}

void sqliteTaskJoinedAfterCommit(sqlite3 *db) {
  sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: transaction 'db' begins here
  auto f = std::async(std::launch::async, [db] { sqlite3_exec(db, "INSERT INTO t VALUES (1)", nullptr, nullptr, nullptr); });
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: task started inside transaction 'db' is joined by the destructor of 'f' only after 'db' commits
  sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: 'db' commits here while the task may still be running
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: 'f' is destroyed here and joins the task, after the transaction ended

void sqliteTaskJoinedInside(sqlite3 *db) {
  sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
  auto f = std::async(std::launch::async, [db] { sqlite3_exec(db, "INSERT INTO t VALUES (1)", nullptr, nullptr, nullptr); });
  f.get();
  sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
}

void pqxxNontransactionBegin(pqxx::connection &conn) {
  pqxx::nontransaction n{conn};
  n.exec0("BEGIN");
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: transaction 'n' begins here
  std::thread t([&n] { n.exec0("UPDATE a SET b = 3"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: task started inside transaction 'n' may still be running when 'n' commits
  n.exec0("COMMIT");
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: 'n' commits here while the task may still be running
  t.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: the task is joined only here, after the transaction ended
}
