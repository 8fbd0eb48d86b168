// txscope-args: -std=c++17 -isystem %S/../../stubs/userver
// userver's timed waits tested (SPEC §1): TaskBase::WaitFor returns nothing
// and IsFinished() tells; engine::Future::wait_for returns
// FutureStatus::kReady once the task finished. Joined on that branch only.
// Against stub headers mirroring userver's (test-inputs/stubs/userver).
#include <chrono>
#include <userver/engine/future.hpp>
#include <userver/engine/wait_all_checked.hpp>
#include <userver/storages/postgres/cluster.hpp>
#include <userver/utils/async.hpp>
#include <utility>

namespace pg = userver::storages::postgres;
using namespace std::chrono_literals;

void waitedThenCommittedUnfinished(pg::Cluster &cluster, int id) {
  auto trx = cluster.Begin(pg::TransactionOptions{});
  // CHECK-MESSAGES: :[[@LINE-1]]:8: note: transaction 'trx' begins here
  auto task = userver::utils::Async("archive", [&trx, id] { trx.Execute("DELETE FROM live WHERE id = $1", id); });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: task started inside transaction 'trx' is only waited for with a timeout; it may still be running when 'trx' commits
  task.WaitFor(100ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: note: this timed wait may return while the task is still running
  if (!task.IsFinished())
    task.RequestCancel();
  trx.Commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'trx' commits here while the task may still be running
}

void waitedThenJoinedUnfinished(pg::Cluster &cluster, int id) {
  auto trx = cluster.Begin(pg::TransactionOptions{});
  auto task = userver::utils::Async("archive", [&trx, id] { trx.Execute("DELETE FROM live WHERE id = $1", id); });
  task.WaitFor(100ms);
  if (!task.IsFinished()) {
    task.RequestCancel();
    task.Wait();
  }
  trx.Commit();
}

void futureTimedOutThenCommitted(pg::Cluster &cluster, int id) {
  auto trx = cluster.Begin(pg::TransactionOptions{});
  // CHECK-MESSAGES: :[[@LINE-1]]:8: note: transaction 'trx' begins here
  userver::engine::Promise<std::size_t> promise;
  auto rows = promise.get_future();
  auto task = userver::utils::Async("count", [&trx, id, promise = std::move(promise)]() mutable {
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: task started inside transaction 'trx' is only waited for with a timeout; it may still be running when 'trx' commits
    promise.set_value(trx.Execute("SELECT $1", id).Size());
  });
  std::move(task).Detach();
  if (rows.wait_for(100ms) == userver::engine::FutureStatus::kTimeout)
    // CHECK-MESSAGES: :[[@LINE-1]]:12: note: this timed wait may return while the task is still running
    trx.Commit();
    // CHECK-MESSAGES: :[[@LINE-1]]:9: note: 'trx' commits here while the task may still be running
  else
    trx.Rollback();
}

void futureWaitedUntilReady(pg::Cluster &cluster, int id) {
  auto trx = cluster.Begin(pg::TransactionOptions{});
  userver::engine::Promise<std::size_t> promise;
  auto rows = promise.get_future();
  auto task = userver::utils::Async("count", [&trx, id, promise = std::move(promise)]() mutable {
    promise.set_value(trx.Execute("SELECT $1", id).Size());
  });
  std::move(task).Detach();
  while (rows.wait_for(100ms) != userver::engine::FutureStatus::kReady) {
  }
  trx.Commit();
}

// engine::WaitAllCheckedFor / WaitAllCheckedUntil are timed waits too:
// FutureStatus::kReady once every task finished.
void waitAllCheckedForRolledBackOnTimeout(pg::Cluster &cluster, int id) {
  auto trx = cluster.Begin(pg::TransactionOptions{});
  // CHECK-MESSAGES: :[[@LINE-1]]:8: note: transaction 'trx' begins here
  auto task = userver::utils::Async("archive", [&trx, id] { trx.Execute("DELETE FROM live WHERE id = $1", id); });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: task started inside transaction 'trx' is only waited for with a timeout; it may still be running when 'trx' rolls back
  if (userver::engine::WaitAllCheckedFor(100ms, task) == userver::engine::FutureStatus::kReady)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: note: this timed wait may return while the task is still running
    trx.Commit();
  else
    trx.Rollback();
    // CHECK-MESSAGES: :[[@LINE-1]]:9: note: 'trx' rolls back here while the task may still be running
}

void waitAllCheckedUntilCancelledOnTimeout(pg::Cluster &cluster, int id) {
  auto trx = cluster.Begin(pg::TransactionOptions{});
  auto task = userver::utils::Async("archive", [&trx, id] { trx.Execute("DELETE FROM live WHERE id = $1", id); });
  if (userver::engine::WaitAllCheckedUntil(userver::engine::Deadline::FromDuration(100ms), task) !=
      userver::engine::FutureStatus::kReady) {
    task.SyncCancel();
    trx.Rollback();
    return;
  }
  trx.Commit();
}
