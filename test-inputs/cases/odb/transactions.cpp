// txscope-args: -std=c++17 -isystem %S/../../stubs/odb
// ODB transactions with std tasks, against stub headers mirroring libodb
// 2.5 (test-inputs/stubs/odb).
#include <future>
#include <odb/database.hxx>
#include <odb/transaction.hxx>
#include <thread>

void persistAll(odb::database &db);

void futureGotAfterCommit(odb::database &db) {
  odb::transaction t(db.begin());
  // CHECK-MESSAGES: :[[@LINE-1]]:20: note: transaction 't' begins here
  auto f = std::async(std::launch::async, [&db] { persistAll(db); });
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: task started inside transaction 't' may still be running when 't' commits
  t.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: 't' commits here while the task may still be running
  f.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: the task is joined only here, after the transaction ended
}

void futureDestroyedBeforeRollback(odb::database &db) {
  odb::core::transaction t(db.begin());
  auto f = std::async(std::launch::async, [&db] { persistAll(db); });
}

void threadDetached(odb::database &db) {
  odb::core::transaction t(db.begin());
  // CHECK-MESSAGES: :[[@LINE-1]]:26: note: transaction 't' begins here
  std::thread([&db] { persistAll(db); }).detach();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task started inside transaction 't' is detached; it may still be running when 't' commits
  // CHECK-MESSAGES: :[[@LINE-2]]:42: note: the task is detached here
  t.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: 't' commits here while the task may still be running
}
