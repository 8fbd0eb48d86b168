// txscope-args: -std=c++17 -isystem %S/../../stubs/odb
// The ODB idiom of a default-constructed (finalized) transaction started later
// with reset(db.begin()), with std tasks, against stub headers mirroring
// libodb 2.5 (test-inputs/stubs/odb). The scope is the variable's: it is
// reported as beginning at the declaration.
#include <odb/database.hxx>
#include <odb/transaction.hxx>
#include <thread>

void audit(odb::transaction &t);

void resetThenJoinedAfterCommit(odb::database &db) {
  odb::transaction t;
  // CHECK-MESSAGES: :[[@LINE-1]]:20: note: transaction 't' begins here
  t.reset(db.begin());
  std::thread worker([&t] { audit(t); });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: task started inside transaction 't' may still be running when 't' commits
  t.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: 't' commits here while the task may still be running
  worker.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: note: the task is joined only here, after the transaction ended
}

void resetThenJoinedInside(odb::database &db) {
  odb::core::transaction t;
  t.reset(db.begin());
  std::thread worker([&t] { audit(t); });
  worker.join();
  t.commit();
}

void resetThenDetachedBeforeRollback(odb::database &db) {
  odb::transaction t;
  // CHECK-MESSAGES: :[[@LINE-1]]:20: note: transaction 't' begins here
  t.reset(db.begin(), false);
  std::thread([&t] { audit(t); }).detach();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task started inside transaction 't' is detached; it may still be running when 't' rolls back
  // CHECK-MESSAGES: :[[@LINE-2]]:35: note: the task is detached here
  t.rollback();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: 't' rolls back here while the task may still be running
}
