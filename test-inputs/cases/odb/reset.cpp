// txscope-args: -std=c++17 -isystem %S/../../stubs/odb
// The ODB idiom of a default-constructed (finalized) transaction started later
// with reset(db.begin()), with std tasks, against stub headers mirroring
// libodb 2.5 (test-inputs/stubs/odb). A default-constructed transaction
// holds none: each reset(db.begin()) begins one, and rolls back one still
// open.
#include <odb/database.hxx>
#include <odb/transaction.hxx>
#include <thread>

void audit(odb::transaction &t);

void resetThenJoinedAfterCommit(odb::database &db) {
  odb::transaction t;
  t.reset(db.begin());
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: transaction 't' begins here
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
  t.reset(db.begin(), false);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: transaction 't' begins here
  std::thread([&t] { audit(t); }).detach();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task started inside transaction 't' is detached; it may still be running when 't' rolls back
  // CHECK-MESSAGES: :[[@LINE-2]]:35: note: the task is detached here
  t.rollback();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: 't' rolls back here while the task may still be running
}

// A task started before the declaration's reset is in no transaction.
void taskBeforeReset(odb::database &db) {
  odb::transaction t;
  std::thread worker([&db] { (void)db; });
  t.reset(db.begin());
  t.commit();
  worker.join();
}

// The same object re-opened: the task of the second transaction outlives it.
void reopenedThenJoinedAfterCommit(odb::database &db) {
  odb::transaction t(db.begin());
  audit(t);
  t.commit();
  t.reset(db.begin());
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: transaction 't' begins here
  std::thread worker([&t] { audit(t); });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: task started inside transaction 't' may still be running when 't' commits
  t.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: 't' commits here while the task may still be running
  worker.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: note: the task is joined only here, after the transaction ended
}

void reopenedThenJoinedInside(odb::database &db) {
  odb::transaction t(db.begin());
  t.commit();
  t.reset(db.begin());
  std::thread worker([&t] { audit(t); });
  worker.join();
  t.commit();
}

// reset() while a task of the open transaction still runs rolls it back.
void resetWhileTaskRuns(odb::database &db) {
  odb::transaction t(db.begin());
  // CHECK-MESSAGES: :[[@LINE-1]]:20: note: transaction 't' begins here
  std::thread worker([&t] { audit(t); });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: task started inside transaction 't' may still be running when 't' rolls back
  t.reset(db.begin());
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: 't' rolls back here while the task may still be running
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: 't' is used here while a task using it may still be running [txscope-concurrent-transaction-use]
  // CHECK-MESSAGES: :[[@LINE-5]]:15: note: the task using 't' is started here
  worker.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: note: the task is joined only here, after the transaction ended
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: the task is joined only here
  t.commit();
}
