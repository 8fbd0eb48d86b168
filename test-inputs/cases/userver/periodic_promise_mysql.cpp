// txscope-args: -std=c++17 -isystem %S/../../stubs/userver
// userver's PeriodicTask, engine::Promise/Future, and the MySQL
// transaction, against stub headers mirroring userver's
// (test-inputs/stubs/userver). YDB: ydb_transactions.cpp.
#include <chrono>
#include <userver/engine/future.hpp>
#include <userver/storages/mysql/cluster.hpp>
#include <userver/storages/postgres/cluster.hpp>
#include <userver/utils/async.hpp>
#include <userver/utils/periodic_task.hpp>
#include <utility>

namespace mysql = userver::storages::mysql;
namespace pg = userver::storages::postgres;
using userver::utils::PeriodicTask;

void mysqlTaskGotAfterCommit(const mysql::Cluster &cluster, int id) {
  auto trx = cluster.Begin(mysql::ClusterHostType::kPrimary);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: note: transaction 'trx' begins here
  auto task = userver::utils::Async("audit", [&trx, id] { trx.Execute("INSERT INTO audit VALUES (?)", id); });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: task started inside transaction 'trx' may still be running when 'trx' commits
  trx.Commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'trx' commits here while the task may still be running
  task.Get();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: note: the task is joined only here, after the transaction ended
}

void mysqlTaskGotInside(const mysql::Cluster &cluster, int id) {
  auto trx = cluster.Begin(mysql::ClusterHostType::kPrimary);
  auto task = userver::utils::Async("audit", [&trx, id] { trx.Execute("INSERT INTO audit VALUES (?)", id); });
  task.Get();
  trx.Commit();
}

void periodicTaskStoppedInside(pg::Cluster &cluster) {
  auto trx = cluster.Begin(pg::TransactionOptions{});
  PeriodicTask refresher("refresh", std::chrono::seconds(1), [&trx] { trx.Execute("REFRESH MATERIALIZED VIEW v"); });
  refresher.Stop();
  trx.Commit();
}

void periodicTaskStoppedByDestructorAfterCommit(pg::Cluster &cluster) {
  auto trx = cluster.Begin(pg::TransactionOptions{});
  // CHECK-MESSAGES: :[[@LINE-1]]:8: note: transaction 'trx' begins here
  PeriodicTask refresher("refresh", std::chrono::seconds(1), [&trx] { trx.Execute("REFRESH MATERIALIZED VIEW v"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: task started inside transaction 'trx' is joined by the destructor of 'refresher' only after 'trx' commits
  trx.Commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'trx' commits here while the task may still be running
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: 'refresher' is destroyed here and joins the task, after the transaction ended

void periodicTaskStartedOutliving(pg::Cluster &cluster, PeriodicTask &refresher) {
  auto trx = cluster.Begin(pg::TransactionOptions{});
  // CHECK-MESSAGES: :[[@LINE-1]]:8: note: transaction 'trx' begins here
  refresher.Start("refresh", std::chrono::seconds(1), [&trx] { trx.Execute("REFRESH MATERIALIZED VIEW v"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: task started inside transaction 'trx' is never joined; it may still be running when 'trx' commits
  trx.Commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'trx' commits here while the task may still be running
}

void periodicTaskNotTouchingTransaction(pg::Cluster &cluster, PeriodicTask &refresher, int &ticks) {
  auto trx = cluster.Begin(pg::TransactionOptions{});
  refresher.Start("tick", std::chrono::seconds(1), [&ticks] { ++ticks; });
  trx.Commit();
}

// The promise moved into the task hands out the task's handle: the future's
// get() joins the task, whatever happens to the task object itself.
void promiseFutureGotAfterCommit(pg::Cluster &cluster, int id) {
  auto trx = cluster.Begin(pg::TransactionOptions{});
  // CHECK-MESSAGES: :[[@LINE-1]]:8: note: transaction 'trx' begins here
  userver::engine::Promise<std::size_t> promise;
  auto rows = promise.get_future();
  auto task = userver::utils::Async("count", [&trx, id, promise = std::move(promise)]() mutable {
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: task started inside transaction 'trx' may still be running when 'trx' commits
    promise.set_value(trx.Execute("SELECT $1", id).Size());
  });
  std::move(task).Detach();
  trx.Commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'trx' commits here while the task may still be running
  (void)rows.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: the task is joined only here, after the transaction ended
}

void promiseFutureGotInside(pg::Cluster &cluster, int id) {
  auto trx = cluster.Begin(pg::TransactionOptions{});
  userver::engine::Promise<std::size_t> promise;
  auto rows = promise.get_future();
  auto task = userver::utils::Async("count", [&trx, id, promise = std::move(promise)]() mutable {
    promise.set_value(trx.Execute("SELECT $1", id).Size());
  });
  std::move(task).Detach();
  (void)rows.get();
  trx.Commit();
}
