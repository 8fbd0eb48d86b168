// txscope-args: -std=c++17
// txscope-only: clang-tidy
// NOLINT comments suppress the warning (and its notes) the clang-tidy way.
#include <pqxx/pqxx>
#include <thread>

void suppressedOnLine(pqxx::connection &conn) {
  pqxx::work tx{conn};
  std::thread([&tx] { tx.exec0("SELECT 1"); }).detach(); // NOLINT(txscope-task-outlives-transaction)
  tx.commit();
}

void suppressedNextLine(pqxx::connection &conn) {
  pqxx::work tx{conn};
  // NOLINTNEXTLINE(txscope-*)
  std::thread([&tx] { tx.exec0("SELECT 1"); }).detach();
  tx.commit();
}

// NOLINTBEGIN(txscope-task-outlives-transaction)
void suppressedInRegion(pqxx::connection &conn) {
  pqxx::work tx{conn};
  std::thread([&tx] { tx.exec0("SELECT 1"); }).detach();
  tx.commit();
}
// NOLINTEND(txscope-task-outlives-transaction)

void otherCheckNamedIsNotSuppressed(pqxx::connection &conn) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  std::thread([&tx] { tx.exec0("SELECT 1"); }).detach(); // NOLINT(bugprone-use-after-move)
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task started inside transaction 'tx' is detached; it may still be running when 'tx' commits
  // CHECK-MESSAGES: :[[@LINE-2]]:48: note: the task is detached here
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
}
