// txscope-args: -std=c++20 -isystem %S/../../stubs/taskflow
// Taskflow task graphs: callables emplace()d into a tf::Taskflow run when an
// executor runs the graph (executor.run(taskflow)), as one task joined by its
// tf::Future or by wait_for_all(). Against stub headers mirroring Taskflow 4.1
// (test-inputs/stubs/taskflow).
#include <pqxx/pqxx>
#include <taskflow/taskflow.hpp>
#include <utility>

void runWaitedInside(pqxx::connection &conn, tf::Executor &executor) {
  pqxx::work tx{conn};
  tf::Taskflow taskflow;
  auto [load, store] = taskflow.emplace([&tx] { tx.exec0("SELECT 1"); }, [] {});
  load.precede(store);
  executor.run(taskflow).wait();
  tx.commit();
}

void runFutureGotAfterCommit(pqxx::connection &conn, tf::Executor &executor) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  tf::Taskflow taskflow;
  taskflow.emplace([&tx] { tx.exec0("UPDATE a SET b = 1"); });
  tf::Future<void> done = executor.run(taskflow);
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: task started inside transaction 'tx' may still be running when 'tx' commits
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
  done.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: note: the task is joined only here, after the transaction ended
}

void runWaitForAllInside(pqxx::connection &conn, tf::Executor &executor) {
  pqxx::work tx{conn};
  tf::Taskflow taskflow;
  taskflow.emplace([&tx] { tx.exec0("UPDATE a SET b = 2"); });
  executor.run(taskflow);
  executor.wait_for_all();
  tx.commit();
}

void runNeverWaited(pqxx::connection &conn, tf::Executor &executor) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  tf::Taskflow taskflow;
  taskflow.emplace([&tx] { tx.exec0("UPDATE a SET b = 3"); });
  executor.run_n(taskflow, 4);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: task started inside transaction 'tx' is never joined; it may still be running when 'tx' commits
  // CHECK-MESSAGES: :[[@LINE-2]]:12: note: the task's handle is discarded here without a join
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
}

// The graph's callables do not touch the transaction: nothing to report.
void runGraphNotTouchingTransaction(pqxx::connection &conn, tf::Executor &executor, int &counter) {
  pqxx::work tx{conn};
  tf::Taskflow taskflow;
  taskflow.emplace([&counter] { ++counter; });
  executor.run(taskflow);
  tx.commit();
}

// A graph composed into another runs with it.
void composedGraphRunAfterCommitJoin(pqxx::connection &conn, tf::Executor &executor) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  tf::Taskflow inner, outer;
  inner.emplace([&tx] { tx.exec0("UPDATE a SET b = 4"); });
  outer.composed_of(inner);
  auto done = executor.run(std::move(outer));
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: task started inside transaction 'tx' may still be running when 'tx' commits
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
  executor.wait_for_all();
  // CHECK-MESSAGES: :[[@LINE-1]]:12: note: the task is joined only here, after the transaction ended
}

void composedGraphJoinedInside(pqxx::connection &conn, tf::Executor &executor) {
  pqxx::work tx{conn};
  tf::Taskflow inner, outer;
  inner.emplace([&tx] { tx.exec0("UPDATE a SET b = 5"); });
  outer.composed_of(inner);
  executor.run(outer).get();
  tx.commit();
}

// The graph runs while the starting code uses the transaction too (SPEC §2b).
void runWhileStarterUsesTransaction(pqxx::connection &conn, tf::Executor &executor) {
  pqxx::work tx{conn};
  tf::Taskflow taskflow;
  taskflow.emplace([&tx] { tx.exec0("UPDATE a SET b = 6"); });
  auto done = executor.run(taskflow);
  tx.exec0("UPDATE c SET d = 1");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'tx' is used here while a task using it may still be running [txscope-concurrent-transaction-use]
  // CHECK-MESSAGES: :[[@LINE-3]]:24: note: the task using 'tx' is started here
  done.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: note: the task is joined only here
  tx.commit();
}

void runJoinedBeforeStarterUsesTransaction(pqxx::connection &conn, tf::Executor &executor) {
  pqxx::work tx{conn};
  tf::Taskflow taskflow;
  taskflow.emplace([&tx] { tx.exec0("UPDATE a SET b = 7"); });
  executor.run(taskflow).wait();
  tx.exec0("UPDATE c SET d = 2");
  tx.commit();
}
