// txscope-args: -std=c++20 -isystem %S/../../stubs/taskflow
// Taskflow's dependent-async tasks, task groups and runtimes with libpqxx
// transactions, against stub headers mirroring Taskflow 4.1
// (test-inputs/stubs/taskflow).
#include <pqxx/pqxx>
#include <taskflow/taskflow.hpp>

void silentDependentAsyncWaitedInside(pqxx::connection &conn, tf::Executor &executor) {
  pqxx::work tx{conn};
  tf::AsyncTask a = executor.silent_dependent_async([&tx] { tx.exec0("UPDATE a SET b = 1"); });
  executor.silent_dependent_async([&tx] { tx.exec0("UPDATE a SET b = 2"); }, a);
  executor.wait_for_all();
  tx.commit();
}

void silentDependentAsyncNeverWaited(pqxx::connection &conn, tf::Executor &executor) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  tf::AsyncTask a = executor.silent_dependent_async([&tx] { tx.exec0("UPDATE a SET b = 3"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: task started inside transaction 'tx' is never joined; it may still be running when 'tx' commits
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
}

void silentDependentAsyncWaitedAfterCommit(pqxx::connection &conn) {
  tf::Executor executor(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: note: 'executor' is declared outside the transaction; join it before 'tx' ends, or declare it inside the transaction's scope
  {
    pqxx::work tx{conn};
    // CHECK-MESSAGES: :[[@LINE-1]]:16: note: transaction 'tx' begins here
    executor.silent_dependent_async([&tx] { tx.exec0("UPDATE a SET b = 4"); });
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: task started inside transaction 'tx' may still be running when 'tx' commits
    tx.commit();
    // CHECK-MESSAGES: :[[@LINE-1]]:8: note: 'tx' commits here while the task may still be running
  }
  executor.wait_for_all();
  // CHECK-MESSAGES: :[[@LINE-1]]:12: note: the task is joined only here, after the transaction ended
}

void silentDependentAsyncNotTouchingTransaction(pqxx::connection &conn, tf::Executor &executor, int &counter) {
  pqxx::work tx{conn};
  executor.silent_dependent_async([&counter] { ++counter; });
  tx.commit();
}

// Task groups are created by a worker: this function runs inside a task.
void taskGroupCorunInside(pqxx::connection &conn, tf::Executor &executor) {
  pqxx::work tx{conn};
  tf::TaskGroup tg = executor.task_group();
  tg.silent_async([&tx] { tx.exec0("UPDATE a SET b = 5"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: the other task is started here and may still be running
  // CHECK-MESSAGES: :[[@LINE-2]]:6: note: the other task is started here and may still be running
  auto rows = tg.async([&tx] { return tx.exec1("SELECT 1")[0].as<int>(); });
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: task started here may use 'tx' at the same time as another task using it [txscope-concurrent-transaction-use]
  // CHECK-MESSAGES: :[[@LINE-2]]:39: note: 'tx' is used here by the task
  tg.silent_dependent_async([&tx] { tx.exec0("UPDATE a SET b = 6"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: task started here may use 'tx' at the same time as another task using it [txscope-concurrent-transaction-use]
  // CHECK-MESSAGES: :[[@LINE-2]]:37: note: 'tx' is used here by the task
  tg.corun();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: that task is joined only here
  // CHECK-MESSAGES: :[[@LINE-2]]:6: note: that task is joined only here
  tx.commit();
  (void)rows;
}

void taskGroupFutureGotAfterCommit(pqxx::connection &conn, tf::Executor &executor) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  tf::TaskGroup tg = executor.task_group();
  auto rows = tg.async([&tx] { return tx.exec1("SELECT 2")[0].as<int>(); });
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: task started inside transaction 'tx' may still be running when 'tx' commits
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
  int n = rows.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:16: note: the task is joined only here, after the transaction ended
  (void)n;
}

void taskGroupNeverCorun(pqxx::connection &conn, tf::Executor &executor) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  tf::TaskGroup tg = executor.task_group();
  tg.silent_async([&tx] { tx.exec0("UPDATE a SET b = 7"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: task started inside transaction 'tx' is never joined; it may still be running when 'tx' commits
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: 'tg' is destroyed here without waiting for the task

// A runtime task's body: the tf::Runtime comes from the executor.
void runtimeCorunInside(tf::Runtime &rt, pqxx::connection &conn) {
  pqxx::work tx{conn};
  rt.silent_async([&tx] { tx.exec0("UPDATE a SET b = 8"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: the other task is started here and may still be running
  rt.silent_dependent_async([&tx] { tx.exec0("UPDATE a SET b = 9"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: task started here may use 'tx' at the same time as another task using it [txscope-concurrent-transaction-use]
  // CHECK-MESSAGES: :[[@LINE-2]]:37: note: 'tx' is used here by the task
  rt.corun();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: that task is joined only here
  tx.commit();
}

void runtimeCorunAfterCommit(tf::Runtime &rt, pqxx::connection &conn) {
  {
    pqxx::work tx{conn};
    // CHECK-MESSAGES: :[[@LINE-1]]:16: note: transaction 'tx' begins here
    rt.silent_async([&tx] { tx.exec0("UPDATE a SET b = 10"); });
    // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: task started inside transaction 'tx' may still be running when 'tx' commits
    tx.commit();
    // CHECK-MESSAGES: :[[@LINE-1]]:8: note: 'tx' commits here while the task may still be running
  }
  rt.corun_all();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: the task is joined only here, after the transaction ended
}

void runNCallbackWaitedAfterCommit(pqxx::connection &conn, tf::Executor &executor, tf::Taskflow &taskflow) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  tf::Future<void> done = executor.run_n(taskflow, 2, [&tx] { tx.exec0("UPDATE runs SET n = n + 1"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: task started inside transaction 'tx' may still be running when 'tx' commits
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
  done.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: note: the task is joined only here, after the transaction ended
}

void runUntilCallbackWaitedInside(pqxx::connection &conn, tf::Executor &executor, tf::Taskflow &taskflow) {
  pqxx::work tx{conn};
  int rounds = 0;
  tf::Future<void> done =
      executor.run_until(taskflow, [&rounds] { return ++rounds == 3; }, [&tx] { tx.exec0("UPDATE runs SET n = 3"); });
  done.wait();
  tx.commit();
}

// dependent_async returns std::pair<tf::AsyncTask, std::future<R>>: taken
// apart with a structured binding, the future is the task's handle.
void dependentAsyncFutureGotInside(pqxx::connection &conn, tf::Executor &executor) {
  pqxx::work tx{conn};
  auto [task, rows] = executor.dependent_async([&tx] { return tx.exec1("SELECT 1")[0].as<int>(); });
  (void)task;
  int n = rows.get();
  (void)n;
  tx.commit();
}

void dependentAsyncFutureGotAfterCommit(pqxx::connection &conn, tf::Executor &executor) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  auto [task, rows] = executor.dependent_async([&tx] { return tx.exec1("SELECT 2")[0].as<int>(); });
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: task started inside transaction 'tx' may still be running when 'tx' commits
  (void)task;
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
  int n = rows.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:16: note: the task is joined only here, after the transaction ended
  (void)n;
}

// A chain: the second runs after the first, never alongside it (SPEC §2b),
// and both are joined before the commit.
void dependentAsyncChainJoinedInside(pqxx::connection &conn, tf::Executor &executor) {
  pqxx::work tx{conn};
  auto [first, done1] = executor.dependent_async([&tx] { tx.exec0("UPDATE a SET b = 10"); });
  auto [second, done2] = executor.dependent_async([&tx] { tx.exec0("UPDATE a SET b = 11"); }, first);
  (void)second;
  done1.get();
  done2.get();
  tx.commit();
}
