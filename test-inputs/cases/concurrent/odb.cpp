// txscope-args: -std=c++17 -isystem %S/../../stubs/odb
// txscope-checks: txscope-concurrent-transaction-use
// SPEC §2b with ODB (stub headers mirroring libodb 2.5,
// test-inputs/stubs/odb): an odb::transaction and the odb::connection it runs
// on carry one statement at a time. odb::database has no rule on purpose:
// each db.begin() takes a connection of its own from the database's pool,
// so tasks that each begin their own transaction on it are the fix.
// Each bug has its fixed twin below it.
#include <future>
#include <mutex>
#include <odb/connection.hxx>
#include <odb/database.hxx>
#include <odb/transaction.hxx>
#include <thread>
#include <vector>

void bugTwoTasksOnTransaction(odb::database &db) {
  odb::transaction t(db.begin());
  auto a = std::async(std::launch::async, [&t] { t.database().execute("UPDATE a SET n = 1"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:12: note: the other task is started here and may still be running
  auto b = std::async(std::launch::async, [&t] { t.database().execute("UPDATE b SET n = 2"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: task started here may use 't' at the same time as another task using it [txscope-concurrent-transaction-use]
  // CHECK-MESSAGES: :[[@LINE-2]]:50: note: 't' is used here by the task
  a.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: that task is joined only here
  b.get();
  t.commit();
}

void fixedTransactionPerTask(odb::database &db) {
  auto work = [&db](const char *sql) {
    odb::transaction own(db.begin());
    db.execute(sql);
    own.commit();
  };
  auto a = std::async(std::launch::async, work, "UPDATE a SET n = 1");
  auto b = std::async(std::launch::async, work, "UPDATE b SET n = 2");
  a.get();
  b.get();
}

// Threads on one leased connection, started per id and joined after the loop.
void bugThreadPerIdOnConnection(odb::database &db, const std::vector<int> &ids) {
  odb::connection_ptr c(db.connection());
  std::vector<std::thread> workers;
  for (int id : ids)
    workers.emplace_back([&c, id] { c->execute("DELETE FROM live WHERE id = " + std::to_string(id)); });
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: task started here in a loop may use 'c' at the same time as the task started by an earlier iteration [txscope-concurrent-transaction-use]
  // CHECK-MESSAGES: :[[@LINE-2]]:37: note: 'c' is used here by the task
  for (std::thread &w : workers)
    w.join();
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: the tasks are joined only here, after the loop
}

void fixedJoinedPerIteration(odb::database &db, const std::vector<int> &ids) {
  odb::connection_ptr c(db.connection());
  for (int id : ids) {
    std::thread w([&c, id] { c->execute("DELETE FROM live WHERE id = " + std::to_string(id)); });
    w.join();
  }
}

// The starter executes on the connection while the task uses it.
void bugStarterUsesConnection(odb::database &db) {
  odb::connection_ptr c(db.connection());
  std::thread t([&c] { c->execute("UPDATE a SET n = 1"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: note: the task using 'c' is started here
  c->execute("UPDATE b SET n = 2");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'c' is used here while a task using it may still be running [txscope-concurrent-transaction-use]
  t.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: the task is joined only here
}

void fixedDeferred(odb::database &db) {
  odb::connection_ptr c(db.connection());
  auto f = std::async(std::launch::deferred, [&c] { c->execute("UPDATE a SET n = 1"); });
  c->execute("UPDATE b SET n = 2");
  f.get();
}

std::mutex connMutex;
void fixedLockedEverywhere(odb::database &db) {
  odb::connection_ptr c(db.connection());
  std::thread t([&c] {
    std::lock_guard<std::mutex> lock(connMutex);
    c->execute("UPDATE a SET n = 1");
  });
  {
    std::lock_guard<std::mutex> lock(connMutex);
    c->execute("UPDATE b SET n = 2");
  }
  t.join();
}

// Threads that each begin their own transaction on one member connection.
class Importer {
public:
  void bugRun() {
    std::thread a([this] { odb::transaction t(conn_->begin()); t.commit(); });
    // CHECK-MESSAGES: :[[@LINE-1]]:17: note: the other task is started here and may still be running
    std::thread b([this] { odb::transaction t(conn_->begin()); t.commit(); });
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: task started here may use 'conn_' at the same time as another task using it [txscope-concurrent-transaction-use]
    // CHECK-MESSAGES: :[[@LINE-2]]:47: note: 'conn_' is used here by the task
    a.join();
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: that task is joined only here
    b.join();
  }

  void fixedRunOnTheDatabase() {
    std::thread a([this] { odb::transaction t(db_.begin()); t.commit(); });
    std::thread b([this] { odb::transaction t(db_.begin()); t.commit(); });
    a.join();
    b.join();
  }

private:
  odb::database &db_;
  odb::connection_ptr conn_;
};
