// txscope-args: -std=c++17
// txscope-checks: txscope-concurrent-transaction-use
// SPEC §2b with SQLiteCpp (real Debian headers): a SQLite::Database and the
// transactions on it are not for concurrent use (the pack says forbidden).
// Each bug has its fixed twin below it.
#include <SQLiteCpp/SQLiteCpp.h>
#include <future>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

static void insertRow(SQLite::Database &db, int id) {
  db.exec("INSERT INTO items VALUES (" + std::to_string(id) + ")");
}

void bugTwoTasks(SQLite::Database &db) {
  SQLite::Transaction tx(db);
  auto a = std::async(std::launch::async, [&db] { insertRow(db, 1); });
  // CHECK-MESSAGES: :[[@LINE-1]]:12: note: the other task is started here and may still be running
  auto b = std::async(std::launch::async, [&db] { insertRow(db, 2); });
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: task started here may use 'db' at the same time as another task using it [txscope-concurrent-transaction-use]
  // CHECK-MESSAGES: :[[@LINE-2]]:61: note: 'db' is used here by the task
  a.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: that task is joined only here
  b.get();
  tx.commit();
}

void fixedTwoTasksInTurn(SQLite::Database &db) {
  SQLite::Transaction tx(db);
  auto a = std::async(std::launch::async, [&db] { insertRow(db, 1); });
  a.get();
  auto b = std::async(std::launch::async, [&db] { insertRow(db, 2); });
  b.get();
  tx.commit();
}

void bugFuturePerId(SQLite::Database &db, const std::vector<int> &ids) {
  std::vector<std::future<void>> pending;
  for (int id : ids)
    pending.push_back(std::async(std::launch::async, [&db, id] { insertRow(db, id); }));
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: task started here in a loop may use 'db' at the same time as the task started by an earlier iteration [txscope-concurrent-transaction-use]
  // CHECK-MESSAGES: :[[@LINE-2]]:76: note: 'db' is used here by the task
  for (auto &f : pending)
    f.get();
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: the tasks are joined only here, after the loop
}

// One database connection per task, opened inside it.
void fixedConnectionPerTask(const std::string &path, const std::vector<int> &ids) {
  std::vector<std::future<void>> pending;
  for (int id : ids)
    pending.push_back(std::async(std::launch::async, [path, id] {
      SQLite::Database own(path, SQLite::OPEN_READWRITE);
      SQLite::Transaction tx(own);
      insertRow(own, id);
      tx.commit();
    }));
  for (auto &f : pending)
    f.get();
}

// Joined in each iteration: a sequential hand-off.
void fixedJoinedPerIteration(SQLite::Database &db, const std::vector<int> &ids) {
  for (int id : ids) {
    std::thread t([&db, id] { insertRow(db, id); });
    t.join();
  }
}

// The starter queries the database while the task writes to it.
void bugStarterUses(SQLite::Database &db) {
  std::thread t([&db] { insertRow(db, 1); });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: note: the task using 'db' is started here
  SQLite::Statement count(db, "SELECT count(*) FROM items");
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'db' is used here while a task using it may still be running [txscope-concurrent-transaction-use]
  count.executeStep();
  t.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: the task is joined only here
}

void fixedStarterUsesAfterJoin(SQLite::Database &db) {
  std::thread t([&db] { insertRow(db, 1); });
  t.join();
  SQLite::Statement count(db, "SELECT count(*) FROM items");
  count.executeStep();
}

void fixedDeferred(SQLite::Database &db) {
  auto f = std::async(std::launch::deferred, [&db] { insertRow(db, 1); });
  db.exec("DELETE FROM cache");
  f.get();
}

std::mutex dbMutex;
void fixedLockedEverywhere(SQLite::Database &db) {
  auto f = std::async(std::launch::async, [&db] {
    std::scoped_lock lock(dbMutex);
    insertRow(db, 1);
  });
  {
    std::scoped_lock lock(dbMutex);
    db.exec("DELETE FROM cache");
  }
  f.get();
}

void bugLockedInStarterOnly(SQLite::Database &db) {
  auto f = std::async(std::launch::async, [&db] { insertRow(db, 1); });
  // CHECK-MESSAGES: :[[@LINE-1]]:12: note: the task using 'db' is started here
  {
    std::scoped_lock lock(dbMutex);
    db.exec("DELETE FROM cache");
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'db' is used here while a task using it may still be running [txscope-concurrent-transaction-use]
  }
  f.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: the task is joined only here
}

// Threads that each open their own transaction on one member database.
class Store {
public:
  void bugRun() {
    std::thread a([this] { SQLite::Transaction tx(db_); insertRow(db_, 1); tx.commit(); });
    // CHECK-MESSAGES: :[[@LINE-1]]:17: note: the other task is started here and may still be running
    std::thread b([this] { SQLite::Transaction tx(db_); insertRow(db_, 2); tx.commit(); });
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: task started here may use 'db_' at the same time as another task using it [txscope-concurrent-transaction-use]
    // CHECK-MESSAGES: :[[@LINE-2]]:51: note: 'db_' is used here by the task
    a.join();
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: that task is joined only here
    b.join();
  }

  void fixedRunInTurn() {
    std::thread a([this] { SQLite::Transaction tx(db_); insertRow(db_, 1); tx.commit(); });
    a.join();
    std::thread b([this] { SQLite::Transaction tx(db_); insertRow(db_, 2); tx.commit(); });
    b.join();
  }

private:
  SQLite::Database db_{"store.db", SQLite::OPEN_READWRITE};
};

// A namespace-scope database used by two threads.
SQLite::Database globalDb{"global.db", SQLite::OPEN_READWRITE};
void bugGlobalDatabase() {
  std::thread a([] { insertRow(globalDb, 1); });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: note: the other task is started here and may still be running
  std::thread b([] { globalDb.exec("DELETE FROM cache"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: task started here may use 'globalDb' at the same time as another task using it [txscope-concurrent-transaction-use]
  // CHECK-MESSAGES: :[[@LINE-2]]:22: note: 'globalDb' is used here by the task
  a.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: that task is joined only here
  b.join();
}

void fixedGlobalDatabaseLocked() {
  std::thread a([] { std::lock_guard<std::mutex> lock(dbMutex); insertRow(globalDb, 1); });
  std::thread b([] { std::lock_guard<std::mutex> lock(dbMutex); globalDb.exec("DELETE FROM cache"); });
  a.join();
  b.join();
}
