// txscope-args: -std=c++17
#include <future>
#include <pqxx/pqxx>
#include <vector>

void joinedAfterCommit(pqxx::connection &conn) {
  std::vector<std::future<void>> tasks;
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  for (int i = 0; i < 3; ++i)
    tasks.push_back(std::async(std::launch::async, [&tx, i] { tx.exec0("UPDATE t SET v = " + std::to_string(i)); }));
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: task started inside transaction 'tx' may still be running when 'tx' commits
  // CHECK-MESSAGES: :[[@LINE-2]]:21: warning: task started here in a loop may use 'tx' at the same time as the task started by an earlier iteration [txscope-concurrent-transaction-use]
  // CHECK-MESSAGES: :[[@LINE-3]]:63: note: 'tx' is used here by the task
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
  for (auto &t : tasks)
    t.get();
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: the task is joined only here, after the transaction ended
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: the tasks are joined only here, after the loop
}

void joinedBeforeCommit(pqxx::connection &conn) {
  std::vector<std::future<void>> tasks;
  pqxx::work tx{conn};
  for (int i = 0; i < 3; ++i)
    tasks.push_back(std::async(std::launch::async, [&tx, i] { tx.exec0("UPDATE t SET v = " + std::to_string(i)); }));
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: task started here in a loop may use 'tx' at the same time as the task started by an earlier iteration [txscope-concurrent-transaction-use]
  // CHECK-MESSAGES: :[[@LINE-2]]:63: note: 'tx' is used here by the task
  for (auto &t : tasks)
    t.get();
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: the tasks are joined only here, after the loop
  tx.commit();
}

void joiningDestructorAfterCommit(pqxx::connection &conn) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  auto f = std::async(std::launch::async, [&tx] { tx.exec0("SELECT 1"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: task started inside transaction 'tx' is joined by the destructor of 'f' only after 'tx' commits
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: 'f' is destroyed here and joins the task, after the transaction ended

void joiningDestructorBeforeImplicitEnd(pqxx::connection &conn) {
  pqxx::work tx{conn};
  auto f = std::async(std::launch::async, [&tx] { tx.exec0("SELECT 1"); });
}

void unrelatedTask(pqxx::connection &conn, int n) {
  std::vector<std::future<int>> tasks;
  pqxx::work tx{conn};
  tasks.push_back(std::async(std::launch::async, [n] { return n * 2; }));
  tx.commit();
  for (auto &t : tasks)
    t.get();
}
