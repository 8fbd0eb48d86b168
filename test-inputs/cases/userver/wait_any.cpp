// txscope-args: -std=c++17 -isystem %S/../../stubs/userver
// userver's WaitAny* with PostgreSQL transactions, against stub headers
// mirroring userver's (test-inputs/stubs/userver). WaitAny returns once one
// task finished: no task passed to it counts as joined (like the real header,
// the stub's body only reads each task's context accessor). The tasks'
// destructors cancel and wait, so the ones left running are reported where
// that happens after the commit.
#include <chrono>
#include <userver/engine/wait_all_checked.hpp>
#include <userver/engine/wait_any.hpp>
#include <userver/storages/postgres/cluster.hpp>
#include <userver/utils/async.hpp>

namespace pg = userver::storages::postgres;

void waitAnyThenCommit(pg::Cluster &cluster, int id) {
  auto trx = cluster.Begin(pg::TransactionOptions{});
  // CHECK-MESSAGES: :[[@LINE-1]]:8: note: transaction 'trx' begins here
  // CHECK-MESSAGES: :[[@LINE-2]]:8: note: transaction 'trx' begins here
  auto primary = userver::utils::Async("primary", [&trx, id] { trx.Execute("SELECT $1", id); });
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: task started inside transaction 'trx' is joined by the destructor of 'primary' only after 'trx' commits
  // CHECK-MESSAGES: :[[@LINE-2]]:18: note: the other task is started here and may still be running
  auto replica = userver::utils::Async("replica", [&trx, id] { trx.Execute("SELECT $1", id); });
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: task started inside transaction 'trx' is joined by the destructor of 'replica' only after 'trx' commits
  // CHECK-MESSAGES: :[[@LINE-2]]:18: warning: task started here may use 'trx' at the same time as another task using it [txscope-concurrent-transaction-use]
  // CHECK-MESSAGES: :[[@LINE-3]]:64: note: 'trx' is used here by the task
  userver::engine::WaitAny(primary, replica);
  trx.Commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'trx' commits here while the task may still be running
  // CHECK-MESSAGES: :[[@LINE-2]]:7: note: 'trx' commits here while the task may still be running
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: 'primary' is destroyed here and joins the task, after the transaction ended
// CHECK-MESSAGES: :[[@LINE-2]]:1: note: 'replica' is destroyed here and joins the task, after the transaction ended
// CHECK-MESSAGES: :[[@LINE-3]]:1: note: that task is joined only here

void waitAnyThenWaitAllInside(pg::Cluster &cluster, int id) {
  auto trx = cluster.Begin(pg::TransactionOptions{});
  auto primary = userver::utils::Async("primary", [&trx, id] { trx.Execute("SELECT $1", id); });
  // CHECK-MESSAGES: :[[@LINE-1]]:18: note: the other task is started here and may still be running
  auto replica = userver::utils::Async("replica", [&trx, id] { trx.Execute("SELECT $1", id); });
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: task started here may use 'trx' at the same time as another task using it [txscope-concurrent-transaction-use]
  // CHECK-MESSAGES: :[[@LINE-2]]:64: note: 'trx' is used here by the task
  if (userver::engine::WaitAnyFor(std::chrono::milliseconds(100), primary, replica))
    primary.RequestCancel();
  userver::engine::WaitAllChecked(primary, replica);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: that task is joined only here
  trx.Commit();
}
