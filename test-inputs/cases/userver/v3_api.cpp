// txscope-args: -std=c++17 -isystem %S/../../stubs/userver -DUSERVER_STUB_MAJOR=3
// userver's third API generation (engine::AsyncNoTracing,
// engine::DetachUnscopedUnsafe instead of Task::Detach(), inline namespace
// userver::v3_0) with PostgreSQL transactions, against the stub headers in
// generation 3 (test-inputs/stubs/userver/userver/stub_namespace.hpp).
#include <userver/engine/async.hpp>
#include <userver/engine/task/task.hpp>
#include <userver/storages/postgres/cluster.hpp>
#include <utility>

namespace pg = userver::storages::postgres;

void detachedUnscoped(pg::Cluster &cluster, int id) {
  auto trx = cluster.Begin(pg::TransactionOptions{});
  // CHECK-MESSAGES: :[[@LINE-1]]:8: note: transaction 'trx' begins here
  auto task = userver::engine::AsyncNoSpan([&trx, id] { trx.Execute("INSERT INTO audit VALUES ($1)", id); });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: task started inside transaction 'trx' is detached; it may still be running when 'trx' commits
  userver::engine::DetachUnscopedUnsafe(std::move(task));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: the task is detached here
  trx.Commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'trx' commits here while the task may still be running
}

void syncCancelledInside(pg::Cluster &cluster, int id) {
  auto trx = cluster.Begin(pg::TransactionOptions{});
  auto task = userver::engine::AsyncNoTracing([&trx, id] { trx.Execute("DELETE FROM live WHERE id = $1", id); });
  task.SyncCancel();
  trx.Commit();
}

void asyncNoTracingGotAfterCommit(pg::Cluster &cluster, int id) {
  auto trx = cluster.Begin(pg::TransactionOptions{});
  // CHECK-MESSAGES: :[[@LINE-1]]:8: note: transaction 'trx' begins here
  auto task = userver::engine::AsyncNoTracing([&trx, id] { return trx.Execute("SELECT $1", id).Size(); });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: task started inside transaction 'trx' may still be running when 'trx' commits
  trx.Commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'trx' commits here while the task may still be running
  auto n = task.Get();
  // CHECK-MESSAGES: :[[@LINE-1]]:17: note: the task is joined only here, after the transaction ended
  (void)n;
}

void detachedUnscopedNotTouchingTransaction(pg::Cluster &cluster, int id) {
  auto trx = cluster.Begin(pg::TransactionOptions{});
  auto task = userver::engine::AsyncNoTracing([id] { (void)(id + 1); });
  userver::engine::DetachUnscopedUnsafe(std::move(task));
  trx.Commit();
}
