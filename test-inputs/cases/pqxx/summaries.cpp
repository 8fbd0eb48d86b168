// txscope-args: -std=c++17
// Functions defined in the same translation unit are looked into: helpers
// that start a task and return its handle, and helpers that join a handle.
#include <future>
#include <pqxx/pqxx>
#include <thread>
#include <vector>

static std::future<void> startUpdate(pqxx::work &tx, int id) {
  return std::async(std::launch::async, [&tx, id] { tx.exec0("UPDATE a SET b = " + std::to_string(id)); });
}

static std::thread startThread(pqxx::work &tx) {
  std::thread t([&tx] { tx.exec0("UPDATE a SET b = 0"); });
  return t;
}

static void waitAll(std::vector<std::future<void>> &tasks) {
  for (auto &t : tasks)
    t.get();
}

static void waitIfAsked(std::thread &t, bool ask) {
  if (ask)
    t.join();
}

void helperStartsTaskJoinedLate(pqxx::connection &conn) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  std::thread t = startThread(tx);
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: task started inside transaction 'tx' may still be running when 'tx' commits
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
  t.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: the task is joined only here, after the transaction ended
}

void helperFutureJoinsInItsDestructor(pqxx::connection &conn) {
  pqxx::work tx{conn};
  auto f = startUpdate(tx, 1);
}

void helperFutureDestroyedAfterCommit(pqxx::connection &conn) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  auto f = startUpdate(tx, 2);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: task started inside transaction 'tx' is joined by the destructor of 'f' only after 'tx' commits
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: 'f' is destroyed here and joins the task, after the transaction ended

void seenHelperJoinsEveryHandle(pqxx::connection &conn) {
  std::vector<std::future<void>> tasks;
  pqxx::work tx{conn};
  for (int i = 0; i < 3; ++i)
    tasks.push_back(startUpdate(tx, i));
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: task started here in a loop may use 'tx' at the same time as the task started by an earlier iteration [txscope-concurrent-transaction-use]
  // CHECK-MESSAGES: :[[@LINE-2]]:33: note: 'tx' is used here by the task
  waitAll(tasks);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: the tasks are joined only here, after the loop
  tx.commit();
}

void seenHelperJoinsOnSomePathsOnly(pqxx::connection &conn, bool ask) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  std::thread t([&tx] { tx.exec0("DELETE FROM q"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: task started inside transaction 'tx' is never joined; it may still be running when 'tx' commits
  waitIfAsked(t, ask);
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: 't' is destroyed here without waiting for the task
