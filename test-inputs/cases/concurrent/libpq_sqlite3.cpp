// txscope-args: -std=c++17 -I/usr/include/postgresql
// txscope-checks: txscope-concurrent-transaction-use
// SPEC §2b with the C APIs (real Debian headers): libpq ("One thread
// restriction is that no two threads attempt to manipulate the same PGconn
// object at the same time") and sqlite3 (the pack forbids sharing a handle).
// No transaction needs to be open: the connection is the unit.
// Each bug has its fixed twin below it.
#include <future>
#include <libpq-fe.h>
#include <mutex>
#include <sqlite3.h>
#include <string>
#include <thread>
#include <vector>

void bugLibpqTwoThreads(PGconn *conn) {
  std::thread a([conn] { PQclear(PQexec(conn, "UPDATE a SET n = 1")); });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: note: the other task is started here and may still be running
  std::thread b([conn] { PQclear(PQexec(conn, "UPDATE b SET n = 2")); });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: task started here may use 'conn' at the same time as another task using it [txscope-concurrent-transaction-use]
  // CHECK-MESSAGES: :[[@LINE-2]]:41: note: 'conn' is used here by the task
  a.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: that task is joined only here
  b.join();
}

void fixedLibpqConnectionPerThread(const char *dsn) {
  auto work = [dsn](const char *sql) {
    PGconn *own = PQconnectdb(dsn);
    PQclear(PQexec(own, sql));
    PQfinish(own);
  };
  std::thread a(work, "UPDATE a SET n = 1");
  std::thread b(work, "UPDATE b SET n = 2");
  a.join();
  b.join();
}

void bugLibpqStarterUses(PGconn *conn) {
  auto f = std::async(std::launch::async, [conn] { PQclear(PQexec(conn, "UPDATE a SET n = 1")); });
  // CHECK-MESSAGES: :[[@LINE-1]]:12: note: the task using 'conn' is started here
  PGresult *r = PQexec(conn, "SELECT 1");
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: 'conn' is used here while a task using it may still be running [txscope-concurrent-transaction-use]
  PQclear(r);
  f.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: the task is joined only here
}

void fixedLibpqStarterUsesAfterJoin(PGconn *conn) {
  auto f = std::async(std::launch::async, [conn] { PQclear(PQexec(conn, "UPDATE a SET n = 1")); });
  f.get();
  PGresult *r = PQexec(conn, "SELECT 1");
  PQclear(r);
}

void fixedLibpqDeferred(PGconn *conn) {
  auto f = std::async(std::launch::deferred, [conn] { PQclear(PQexec(conn, "UPDATE a SET n = 1")); });
  PQclear(PQexec(conn, "SELECT 1"));
  f.get();
}

void bugSqliteThreadPerRow(sqlite3 *db, const std::vector<int> &ids) {
  std::vector<std::thread> workers;
  for (int id : ids)
    workers.emplace_back([db, id] {
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: task started here in a loop may use 'db' at the same time as the task started by an earlier iteration [txscope-concurrent-transaction-use]
      std::string sql = "INSERT INTO t VALUES (" + std::to_string(id) + ")";
      sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
      // CHECK-MESSAGES: :[[@LINE-1]]:20: note: 'db' is used here by the task
    });
  for (std::thread &w : workers)
    w.join();
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: the tasks are joined only here, after the loop
}

std::mutex dbMutex;
void fixedSqliteLockedEverywhere(sqlite3 *db, const std::vector<int> &ids) {
  std::vector<std::thread> workers;
  for (int id : ids)
    workers.emplace_back([db, id] {
      std::string sql = "INSERT INTO t VALUES (" + std::to_string(id) + ")";
      std::lock_guard<std::mutex> lock(dbMutex);
      sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
    });
  for (std::thread &w : workers)
    w.join();
}

void fixedSqliteHandlePerThread(const char *path, const std::vector<int> &ids) {
  std::vector<std::thread> workers;
  for (int id : ids)
    workers.emplace_back([path, id] {
      sqlite3 *own = nullptr;
      sqlite3_open(path, &own);
      std::string sql = "INSERT INTO t VALUES (" + std::to_string(id) + ")";
      sqlite3_exec(own, sql.c_str(), nullptr, nullptr, nullptr);
      sqlite3_close(own);
    });
  for (std::thread &w : workers)
    w.join();
}

// A transaction begun by SQL text, and a task that sends its own BEGIN on the
// same handle while the starter's transaction is open: connection-bound.
void bugSqliteTaskBeginsOnSharedHandle(sqlite3 *db) {
  sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
  std::thread t([db] {
  // CHECK-MESSAGES: :[[@LINE-1]]:15: note: the task using 'db' is started here
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
  });
  sqlite3_exec(db, "INSERT INTO t VALUES (0)", nullptr, nullptr, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'db' is used here while a task using it may still be running [txscope-concurrent-transaction-use]
  t.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: the task is joined only here
  sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
}

// Threads that each open a transaction on one member connection.
class Loader {
public:
  void bugRun() {
    std::thread a([this] { PQclear(PQexec(conn_, "BEGIN")); PQclear(PQexec(conn_, "COMMIT")); });
    // CHECK-MESSAGES: :[[@LINE-1]]:17: note: the other task is started here and may still be running
    std::thread b([this] { PQclear(PQexec(conn_, "BEGIN")); PQclear(PQexec(conn_, "COMMIT")); });
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: task started here may use 'conn_' at the same time as another task using it [txscope-concurrent-transaction-use]
    // CHECK-MESSAGES: :[[@LINE-2]]:43: note: 'conn_' is used here by the task
    a.join();
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: that task is joined only here
    b.join();
  }

  void fixedRunInTurn() {
    std::thread a([this] { PQclear(PQexec(conn_, "BEGIN")); PQclear(PQexec(conn_, "COMMIT")); });
    a.join();
    std::thread b([this] { PQclear(PQexec(conn_, "BEGIN")); PQclear(PQexec(conn_, "COMMIT")); });
    b.join();
  }

private:
  PGconn *conn_ = nullptr;
};

// A namespace-scope handle used by two threads.
sqlite3 *globalDb = nullptr;
void bugGlobalHandle() {
  std::thread a([] { sqlite3_exec(globalDb, "DELETE FROM a", nullptr, nullptr, nullptr); });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: note: the other task is started here and may still be running
  std::thread b([] { sqlite3_exec(globalDb, "DELETE FROM b", nullptr, nullptr, nullptr); });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: task started here may use 'globalDb' at the same time as another task using it [txscope-concurrent-transaction-use]
  // CHECK-MESSAGES: :[[@LINE-2]]:35: note: 'globalDb' is used here by the task
  a.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: that task is joined only here
  b.join();
}

void fixedGlobalHandleInTurn() {
  std::thread a([] { sqlite3_exec(globalDb, "DELETE FROM a", nullptr, nullptr, nullptr); });
  a.join();
  std::thread b([] { sqlite3_exec(globalDb, "DELETE FROM b", nullptr, nullptr, nullptr); });
  b.join();
}
