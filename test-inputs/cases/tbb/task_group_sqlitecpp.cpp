// txscope-args: -std=c++17
// oneTBB task groups with SQLiteCpp transactions and savepoints, against the
// real Debian headers.
#include <SQLiteCpp/SQLiteCpp.h>
#include <SQLiteCpp/Savepoint.h>
#include <tbb/task_group.h>
#include <vector>

static void insertRow(SQLite::Database &db, int id) {
  db.exec("INSERT INTO items VALUES (" + std::to_string(id) + ")");
}

void groupWaitedInside(SQLite::Database &db, const std::vector<int> &ids) {
  SQLite::Transaction tx(db);
  tbb::task_group group;
  for (int id : ids)
    group.run([&db, id] { insertRow(db, id); });
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: task started here in a loop may use 'db' at the same time as the task started by an earlier iteration [txscope-concurrent-transaction-use]
  // CHECK-MESSAGES: :[[@LINE-2]]:37: note: 'db' is used here by the task
  group.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:9: note: the tasks are joined only here, after the loop
  tx.commit();
}

void groupDestroyedBeforeTransaction(SQLite::Database &db, int id) {
  SQLite::Transaction tx(db);
  tbb::task_group group;
  group.run([&tx, &db, id] { insertRow(db, id); });
}

void groupDestroyedAfterCommit(SQLite::Database &db, int id) {
  SQLite::Transaction tx(db);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: note: transaction 'tx' begins here
  tbb::task_group group;
  group.run([&db, id] { insertRow(db, id); });
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: task started inside transaction 'tx' is joined by the destructor of 'group' only after 'tx' commits
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: 'group' is destroyed here and joins the task, after the transaction ended

void groupOutsideWaitedAfterCommit(SQLite::Database &db, const std::vector<int> &ids) {
  tbb::task_group group;
  // CHECK-MESSAGES: :[[@LINE-1]]:19: note: 'group' is declared outside the transaction; join it before 'tx' ends, or declare it inside the transaction's scope
  {
    SQLite::Transaction tx(db);
    // CHECK-MESSAGES: :[[@LINE-1]]:25: note: transaction 'tx' begins here
    for (int id : ids)
      group.run([&db, id] { insertRow(db, id); });
      // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: task started inside transaction 'tx' may still be running when 'tx' commits
    // CHECK-MESSAGES: :[[@LINE-2]]:13: warning: task started here in a loop may use 'db' at the same time as the task started by an earlier iteration [txscope-concurrent-transaction-use]
    // CHECK-MESSAGES: :[[@LINE-3]]:39: note: 'db' is used here by the task
    tx.commit();
    // CHECK-MESSAGES: :[[@LINE-1]]:8: note: 'tx' commits here while the task may still be running
  }
  group.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:9: note: the task is joined only here, after the transaction ended
  // CHECK-MESSAGES: :[[@LINE-2]]:9: note: the tasks are joined only here, after the loop
}

void runAndWaitInside(SQLite::Database &db, int id) {
  SQLite::Transaction tx(db);
  tbb::task_group group;
  group.run_and_wait([&db, id] { insertRow(db, id); });
  tx.commit();
}

// On the early return, 'tx' is destroyed before 'group' (reverse declaration
// order), whose destructor then waits.
void groupWaitedOnSomePathsOnly(SQLite::Database &db, int id, bool skip) {
  tbb::task_group group;
  SQLite::Transaction tx(db);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: note: transaction 'tx' begins here
  group.run([&db, id] { insertRow(db, id); });
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: task started inside transaction 'tx' is joined by the destructor of 'group' only after 'tx' is destroyed
  if (skip)
    return;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: 'tx' is destroyed by this 'return' while the task may still be running
  // CHECK-MESSAGES: :[[@LINE-2]]:5: note: 'group' is destroyed here and joins the task, after the transaction ended
  group.wait();
  tx.commit();
}

void groupTaskNotTouchingDatabase(SQLite::Database &db, std::vector<int> &out) {
  tbb::task_group group;
  SQLite::Transaction tx(db);
  group.run([&out] { out.push_back(1); });
  tx.commit();
  group.wait();
}

void savepointReleasedBeforeWait(SQLite::Database &db, int id) {
  tbb::task_group group;
  // CHECK-MESSAGES: :[[@LINE-1]]:19: note: 'group' is declared outside the transaction; join it before 'sp' ends, or declare it inside the transaction's scope
  SQLite::Savepoint sp(db, "batch");
  // CHECK-MESSAGES: :[[@LINE-1]]:21: note: transaction 'sp' begins here
  group.run([&db, id] { insertRow(db, id); });
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: task started inside transaction 'sp' may still be running when 'sp' commits
  sp.release();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'sp' commits here while the task may still be running
  group.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:9: note: the task is joined only here, after the transaction ended
}
