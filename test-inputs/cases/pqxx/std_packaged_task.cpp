// txscope-args: -std=c++17
// A std::packaged_task runs on whatever thread receives it; its future (which
// never blocks in its destructor) joins it.
#include <future>
#include <pqxx/pqxx>
#include <thread>

void futureJoinedInside(pqxx::connection &conn) {
  pqxx::work tx{conn};
  std::packaged_task<int()> job([&tx] { return tx.exec1("SELECT 1")[0].as<int>(); });
  std::future<int> result = job.get_future();
  std::thread(std::move(job)).detach();
  result.get();
  tx.commit();
}

void futureJoinedAfterCommit(pqxx::connection &conn) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  std::packaged_task<int()> job([&tx] { return tx.exec1("SELECT 1")[0].as<int>(); });
  std::future<int> result = job.get_future();
  std::thread(std::move(job)).detach();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task started inside transaction 'tx' may still be running when 'tx' commits
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
  result.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: note: the task is joined only here, after the transaction ended
}

void futureNeverWaited(pqxx::connection &conn) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  std::packaged_task<int()> job([&tx] { return tx.exec1("SELECT 1")[0].as<int>(); });
  std::future<int> result = job.get_future();
  std::thread(std::move(job)).detach();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task started inside transaction 'tx' is detached; it may still be running when 'tx' commits
  // CHECK-MESSAGES: :[[@LINE-2]]:31: note: the task is detached here
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
}
