// txscope-args: -std=c++20 -isystem %S/../../stubs/taskflow
// Taskflow executors with libpqxx transactions, against stub headers
// mirroring Taskflow 4.1 (test-inputs/stubs/taskflow).
#include <pqxx/pqxx>
#include <taskflow/taskflow.hpp>

void asyncFutureGotInside(pqxx::connection &conn, tf::Executor &executor) {
  pqxx::work tx{conn};
  auto f = executor.async([&tx] { tx.exec0("UPDATE a SET b = 1"); });
  f.get();
  tx.commit();
}

void asyncFutureGotAfterCommit(pqxx::connection &conn, tf::Executor &executor) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  auto f = executor.async([&tx] { tx.exec0("UPDATE a SET b = 2"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: task started inside transaction 'tx' may still be running when 'tx' commits
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
  f.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: the task is joined only here, after the transaction ended
}

void silentAsyncWaitedInside(pqxx::connection &conn, tf::Executor &executor) {
  pqxx::work tx{conn};
  executor.silent_async([&tx] { tx.exec0("UPDATE a SET b = 3"); });
  executor.wait_for_all();
  tx.commit();
}

void silentAsyncNeverWaited(pqxx::connection &conn, tf::Executor &executor) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  executor.silent_async([&tx] { tx.exec0("UPDATE a SET b = 4"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: task started inside transaction 'tx' is never joined; it may still be running when 'tx' commits
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
}

void localExecutorDestroyedFirst(pqxx::connection &conn) {
  pqxx::work tx{conn};
  tf::Executor executor(2);
  executor.silent_async([&tx] { tx.exec0("UPDATE a SET b = 5"); });
}

void executorOutsideWaitedAfterCommit(pqxx::connection &conn) {
  tf::Executor executor(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: note: 'executor' is declared outside the transaction; join it before 'tx' ends, or declare it inside the transaction's scope
  {
    pqxx::work tx{conn};
    // CHECK-MESSAGES: :[[@LINE-1]]:16: note: transaction 'tx' begins here
    executor.silent_async([&tx] { tx.exec0("UPDATE a SET b = 6"); });
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: task started inside transaction 'tx' may still be running when 'tx' commits
    tx.commit();
    // CHECK-MESSAGES: :[[@LINE-1]]:8: note: 'tx' commits here while the task may still be running
  }
  executor.wait_for_all();
  // CHECK-MESSAGES: :[[@LINE-1]]:12: note: the task is joined only here, after the transaction ended
}
