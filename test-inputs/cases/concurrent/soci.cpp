// txscope-args: -std=c++17
// txscope-checks: txscope-concurrent-transaction-use
// SPEC §2b with SOCI 4 (real Debian headers): "session ... instances should
// not be used concurrently by multiple threads"; a transaction runs on its
// session. Each bug has its fixed twin below it.
#include <future>
#include <mutex>
#include <soci/soci.h>
#include <string>
#include <thread>
#include <vector>

static void archive(soci::session &sql, int id) { sql << "DELETE FROM live WHERE id = :id", soci::use(id); }

// Two tasks on one session, both started before either is joined.
void bugTwoTasks(soci::session &sql) {
  soci::transaction tr(sql);
  auto a = std::async(std::launch::async, [&sql] { archive(sql, 1); });
  // CHECK-MESSAGES: :[[@LINE-1]]:12: note: the other task is started here and may still be running
  auto b = std::async(std::launch::async, [&sql] { archive(sql, 2); });
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: task started here may use 'sql' at the same time as another task using it [txscope-concurrent-transaction-use]
  // CHECK-MESSAGES: :[[@LINE-2]]:60: note: 'sql' is used here by the task
  a.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: that task is joined only here
  b.get();
  tr.commit();
}

void fixedTwoTasksInTurn(soci::session &sql) {
  soci::transaction tr(sql);
  auto a = std::async(std::launch::async, [&sql] { archive(sql, 1); });
  a.get();
  auto b = std::async(std::launch::async, [&sql] { archive(sql, 2); });
  b.get();
  tr.commit();
}

// One thread per id on the session, joined after the loop.
void bugThreadPerId(soci::session &sql, const std::vector<int> &ids) {
  std::vector<std::thread> workers;
  for (int id : ids)
    workers.emplace_back([&sql, id] { archive(sql, id); });
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: task started here in a loop may use 'sql' at the same time as the task started by an earlier iteration [txscope-concurrent-transaction-use]
  // CHECK-MESSAGES: :[[@LINE-2]]:47: note: 'sql' is used here by the task
  for (std::thread &w : workers)
    w.join();
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: the tasks are joined only here, after the loop
}

// The fix SOCI's docs give: a session of each thread's own, leased from a pool.
void fixedSessionPerThread(soci::connection_pool &pool, const std::vector<int> &ids) {
  std::vector<std::thread> workers;
  for (int id : ids)
    workers.emplace_back([&pool, id] {
      soci::session own(pool);
      soci::transaction tr(own);
      archive(own, id);
      tr.commit();
    });
  for (std::thread &w : workers)
    w.join();
}

// The starting code uses the session while the task runs.
void bugStarterUses(soci::session &sql) {
  auto f = std::async(std::launch::async, [&sql] { archive(sql, 1); });
  // CHECK-MESSAGES: :[[@LINE-1]]:12: note: the task using 'sql' is started here
  sql << "UPDATE stats SET n = n + 1";
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'sql' is used here while a task using it may still be running [txscope-concurrent-transaction-use]
  f.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: the task is joined only here
}

void fixedStarterUsesAfterJoin(soci::session &sql) {
  auto f = std::async(std::launch::async, [&sql] { archive(sql, 1); });
  f.get();
  sql << "UPDATE stats SET n = n + 1";
}

// Deferred: runs in the thread that calls get().
void fixedDeferred(soci::session &sql) {
  auto f = std::async(std::launch::deferred, [&sql] { archive(sql, 1); });
  sql << "UPDATE stats SET n = n + 1";
  f.get();
}

// A mutex held by a lock guard over every use in every execution serialises them.
std::mutex sessionMutex;
void fixedLockedEverywhere(soci::session &sql) {
  std::thread t([&sql] {
    std::lock_guard<std::mutex> lock(sessionMutex);
    archive(sql, 1);
  });
  {
    std::lock_guard<std::mutex> lock(sessionMutex);
    sql << "UPDATE stats SET n = n + 1";
  }
  t.join();
}

void bugLockedInTaskOnly(soci::session &sql) {
  std::thread t([&sql] {
  // CHECK-MESSAGES: :[[@LINE-1]]:15: note: the task using 'sql' is started here
    std::lock_guard<std::mutex> lock(sessionMutex);
    archive(sql, 1);
  });
  sql << "UPDATE stats SET n = n + 1";
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'sql' is used here while a task using it may still be running [txscope-concurrent-transaction-use]
  t.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: the task is joined only here
}

// Threads that each open their own transaction on one member session.
class Archiver {
public:
  void bugRun() {
    std::thread a([this] { soci::transaction tr(sql_); archive(sql_, 1); tr.commit(); });
    // CHECK-MESSAGES: :[[@LINE-1]]:17: note: the other task is started here and may still be running
    std::thread b([this] { soci::transaction tr(sql_); archive(sql_, 2); tr.commit(); });
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: task started here may use 'sql_' at the same time as another task using it [txscope-concurrent-transaction-use]
    // CHECK-MESSAGES: :[[@LINE-2]]:49: note: 'sql_' is used here by the task
    a.join();
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: that task is joined only here
    b.join();
  }

  void fixedRunWithOwnSessions() {
    std::thread a([this] { soci::session own(pool_); soci::transaction tr(own); archive(own, 1); tr.commit(); });
    std::thread b([this] { soci::session own(pool_); soci::transaction tr(own); archive(own, 2); tr.commit(); });
    a.join();
    b.join();
  }

private:
  soci::session sql_;
  soci::connection_pool &pool_;
};

// A namespace-scope session used by two threads.
soci::session globalSession;
void bugGlobalSession() {
  std::thread a([] { archive(globalSession, 1); });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: note: the other task is started here and may still be running
  std::thread b([] { globalSession << "UPDATE stats SET n = 0"; });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: task started here may use 'globalSession' at the same time as another task using it [txscope-concurrent-transaction-use]
  // CHECK-MESSAGES: :[[@LINE-2]]:22: note: 'globalSession' is used here by the task
  a.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: that task is joined only here
  b.join();
}

void fixedGlobalSessionInTurn() {
  std::thread a([] { archive(globalSession, 1); });
  a.join();
  std::thread b([] { globalSession << "UPDATE stats SET n = 0"; });
  b.join();
}
