// txscope-args: -std=c++17
// txscope-only: clang-tidy
// NOLINT naming one check suppresses that check only: the other check's
// finding on the same line stays (the clangd wrapper reads NOLINT the same
// way: tools/tests/lsp_test.py, subtest checks).
#include <future>
#include <pqxx/pqxx>
#include <thread>

void secondCheckNamed(pqxx::connection &conn) {
  pqxx::work tx{conn};
  auto f = std::async(std::launch::async, [&tx] { tx.exec0("UPDATE a SET v = 1"); });
  tx.exec0("UPDATE b SET v = 2"); // NOLINT(txscope-concurrent-transaction-use)
  f.get();
  tx.commit();
}

void firstCheckNamed(pqxx::connection &conn) {
  pqxx::work tx{conn};
  auto f = std::async(std::launch::async, [&tx] { tx.exec0("UPDATE a SET v = 1"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:12: note: the task using 'tx' is started here
  tx.exec0("UPDATE b SET v = 2"); // NOLINT(txscope-task-outlives-transaction)
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'tx' is used here while a task using it may still be running [txscope-concurrent-transaction-use]
  f.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: the task is joined only here
  tx.commit();
}

void bothOnOneLine(pqxx::connection &conn) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  auto a = std::async(std::launch::async, [&tx] { tx.exec0("UPDATE a SET v = 1"); });
  std::thread([&tx] { tx.exec0("UPDATE b SET v = 2"); }).detach(); // NOLINT(txscope-concurrent-transaction-use)
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task started inside transaction 'tx' is detached; it may still be running when 'tx' commits
  // CHECK-MESSAGES: :[[@LINE-2]]:58: note: the task is detached here
  a.get();
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
}

void bothOnOneLineFirstNamed(pqxx::connection &conn) {
  pqxx::work tx{conn};
  auto a = std::async(std::launch::async, [&tx] { tx.exec0("UPDATE a SET v = 1"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:12: note: the other task is started here and may still be running
  std::thread([&tx] { tx.exec0("UPDATE b SET v = 2"); }).detach(); // NOLINT(txscope-task-outlives-transaction)
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task started here may use 'tx' at the same time as another task using it [txscope-concurrent-transaction-use]
  // CHECK-MESSAGES: :[[@LINE-2]]:23: note: 'tx' is used here by the task
  a.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: that task is joined only here
  tx.commit();
}

void bothOnOneLineBothNamed(pqxx::connection &conn) {
  pqxx::work tx{conn};
  auto a = std::async(std::launch::async, [&tx] { tx.exec0("UPDATE a SET v = 1"); });
  std::thread([&tx] { tx.exec0("UPDATE b SET v = 2"); }).detach(); // NOLINT(txscope-*)
  a.get();
  tx.commit();
}
