// txscope-args: -std=c++17
// Deferred launches, timed waits, escapes and index loops over handles.
#include <chrono>
#include <future>
#include <pqxx/pqxx>
#include <vector>

std::future<void> g_pending;
void consume(std::future<void> f);
void waitLater(std::future<void> &f);

void deferredRunsAfterCommit(pqxx::connection &conn) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  auto f = std::async(std::launch::deferred, [&tx] { tx.exec0("SELECT 1"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: deferred task started inside transaction 'tx' runs only when joined, after 'tx' commits
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
  f.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: the deferred task runs here, after the transaction ended
}

void deferredRunsInside(pqxx::connection &conn) {
  pqxx::work tx{conn};
  auto f = std::async(std::launch::deferred, [&tx] { tx.exec0("SELECT 1"); });
  f.get();
  tx.commit();
}

void deferredNeverRun(pqxx::connection &conn) {
  pqxx::work tx{conn};
  auto f = std::async(std::launch::deferred, [&tx] { tx.exec0("SELECT 1"); });
  tx.commit();
}

void timedWaitOnly(pqxx::connection &conn) {
  using namespace std::chrono_literals;
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  std::future<void> f;
  f = std::async(std::launch::async, [&tx] { tx.exec0("SELECT pg_sleep(1)"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: task started inside transaction 'tx' is only waited for with a timeout; it may still be running when 'tx' commits
  f.wait_for(100ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: this timed wait may return while the task is still running
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
}

void timedWaitThenJoin(pqxx::connection &conn) {
  using namespace std::chrono_literals;
  pqxx::work tx{conn};
  auto f = std::async(std::launch::async, [&tx] { tx.exec0("SELECT 1"); });
  if (f.wait_for(100ms) != std::future_status::ready)
    f.wait();
  tx.commit();
}

std::future<void> returnedHandle(pqxx::connection &conn) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  auto f = std::async(std::launch::async, [&tx] { tx.exec0("SELECT 1"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: the handle of a task started inside transaction 'tx' escapes; it may still be running when 'tx' is destroyed
  return f;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: note: the handle escapes here
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'tx' is destroyed by this 'return' while the task may still be running
}

void storedInGlobal(pqxx::connection &conn) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  g_pending = std::async(std::launch::async, [&tx] { tx.exec0("SELECT 1"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: the handle of a task started inside transaction 'tx' escapes; it may still be running when 'tx' commits
  // CHECK-MESSAGES: :[[@LINE-2]]:15: note: the handle escapes here
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
}

struct Worker {
  std::future<void> pending;
  void start(pqxx::connection &conn) {
    pqxx::work tx{conn};
    // CHECK-MESSAGES: :[[@LINE-1]]:16: note: transaction 'tx' begins here
    auto f = std::async(std::launch::async, [&tx] { tx.exec0("SELECT 1"); });
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: the handle of a task started inside transaction 'tx' escapes; it may still be running when 'tx' commits
    pending = std::move(f);
    // CHECK-MESSAGES: :[[@LINE-1]]:25: note: the handle escapes here
    tx.commit();
    // CHECK-MESSAGES: :[[@LINE-1]]:8: note: 'tx' commits here while the task may still be running
  }
};

void outParameter(pqxx::connection &conn, std::future<void> &out) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  out = std::async(std::launch::async, [&tx] { tx.exec0("SELECT 1"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: the handle of a task started inside transaction 'tx' escapes; it may still be running when 'tx' commits
  // CHECK-MESSAGES: :[[@LINE-2]]:9: note: the handle escapes here
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
}

void movedIntoUnseenCall(pqxx::connection &conn) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  auto f = std::async(std::launch::async, [&tx] { tx.exec0("SELECT 1"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: the handle of a task started inside transaction 'tx' escapes; it may still be running when 'tx' commits
  consume(std::move(f));
  // CHECK-MESSAGES: :[[@LINE-1]]:21: note: the handle escapes here
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
}

void passedByReferenceToUnseenCall(pqxx::connection &conn) {
  pqxx::work tx{conn};
  auto f = std::async(std::launch::async, [&tx] { tx.exec0("SELECT 1"); });
  waitLater(f);
  tx.commit();
}

void indexLoopJoinsInside(pqxx::connection &conn) {
  std::vector<std::future<void>> tasks;
  pqxx::work tx{conn};
  for (int i = 0; i < 4; ++i)
    tasks.push_back(std::async(std::launch::async, [&tx] { tx.exec0("SELECT 1"); }));
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: task started here in a loop may use 'tx' at the same time as the task started by an earlier iteration [txscope-concurrent-transaction-use]
  // CHECK-MESSAGES: :[[@LINE-2]]:60: note: 'tx' is used here by the task
  for (size_t i = 0; i < tasks.size(); ++i)
    tasks[i].get();
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: the tasks are joined only here, after the loop
  tx.commit();
}

void indexLoopJoinsAfter(pqxx::connection &conn) {
  std::vector<std::future<void>> tasks;
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  for (int i = 0; i < 4; ++i)
    tasks.push_back(std::async(std::launch::async, [&tx] { tx.exec0("SELECT 1"); }));
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: task started inside transaction 'tx' may still be running when 'tx' commits
  // CHECK-MESSAGES: :[[@LINE-2]]:21: warning: task started here in a loop may use 'tx' at the same time as the task started by an earlier iteration [txscope-concurrent-transaction-use]
  // CHECK-MESSAGES: :[[@LINE-3]]:60: note: 'tx' is used here by the task
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
  for (size_t i = 0; i < tasks.size(); ++i)
    tasks[i].get();
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: the task is joined only here, after the transaction ended
  // CHECK-MESSAGES: :[[@LINE-2]]:14: note: the tasks are joined only here, after the loop
}

void joinedInsideLoopPerIteration(pqxx::connection &conn) {
  pqxx::work tx{conn};
  for (int i = 0; i < 4; ++i) {
    auto f = std::async(std::launch::async, [&tx] { tx.exec0("SELECT 1"); });
    f.get();
  }
  tx.commit();
}

void discardedAsyncJoinsAtOnce(pqxx::connection &conn) {
  pqxx::work tx{conn};
  std::async(std::launch::async, [&tx] { tx.exec0("SELECT 1"); });
  tx.commit();
}
