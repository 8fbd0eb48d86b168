// txscope-args: -std=c++17 -isystem %S/../../stubs/userver
// userver PostgreSQL transactions with utils::Async tasks, against stub
// headers mirroring userver's (test-inputs/stubs/userver).
#include <chrono>
#include <userver/concurrent/background_task_storage.hpp>
#include <userver/engine/get_all.hpp>
#include <userver/engine/task/task.hpp>
#include <userver/engine/wait_all_checked.hpp>
#include <userver/storages/postgres/cluster.hpp>
#include <userver/utils/async.hpp>
#include <vector>

namespace pg = userver::storages::postgres;
using userver::engine::TaskWithResult;

void getAfterCommit(pg::Cluster &cluster, int id) {
  auto trx = cluster.Begin(pg::TransactionOptions{});
  // CHECK-MESSAGES: :[[@LINE-1]]:8: note: transaction 'trx' begins here
  auto task = userver::utils::Async("archive", [&trx, id] { trx.Execute("DELETE FROM live WHERE id = $1", id); });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: task started inside transaction 'trx' may still be running when 'trx' commits
  trx.Commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'trx' commits here while the task may still be running
  task.Get();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: note: the task is joined only here, after the transaction ended
}

void getBeforeCommit(pg::Cluster &cluster, int id) {
  auto trx = cluster.Begin(pg::TransactionOptions{});
  auto task = userver::utils::Async("archive", [&trx, id] { trx.Execute("DELETE FROM live WHERE id = $1", id); });
  task.Get();
  trx.Commit();
}

// The task is declared after the transaction: its destructor cancels and
// waits for it before the transaction's destructor rolls back.
void destructorWaitsBeforeRollback(pg::Cluster &cluster, int id) {
  auto trx = cluster.Begin(pg::TransactionOptions{});
  auto task = userver::utils::Async("archive", [&trx, id] { trx.Execute("DELETE FROM live WHERE id = $1", id); });
}

void destructorWaitsAfterCommit(pg::Cluster &cluster, int id) {
  auto trx = cluster.Begin(pg::TransactionOptions{});
  // CHECK-MESSAGES: :[[@LINE-1]]:8: note: transaction 'trx' begins here
  auto task = userver::utils::Async("archive", [&trx, id] { trx.Execute("DELETE FROM live WHERE id = $1", id); });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: task started inside transaction 'trx' is joined by the destructor of 'task' only after 'trx' commits
  trx.Commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'trx' commits here while the task may still be running
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: 'task' is destroyed here and joins the task, after the transaction ended

void detachedTask(pg::Cluster &cluster, int id) {
  auto trx = cluster.Begin(pg::TransactionOptions{});
  // CHECK-MESSAGES: :[[@LINE-1]]:8: note: transaction 'trx' begins here
  auto task = userver::utils::Async("audit", [&trx, id] { trx.Execute("INSERT INTO audit VALUES ($1)", id); });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: task started inside transaction 'trx' is detached; it may still be running when 'trx' commits
  std::move(task).Detach();
  // CHECK-MESSAGES: :[[@LINE-1]]:19: note: the task is detached here
  trx.Commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'trx' commits here while the task may still be running
}

void detachedTaskNotTouchingTransaction(pg::Cluster &cluster, int id) {
  auto trx = cluster.Begin(pg::TransactionOptions{});
  auto task = userver::utils::Async("metrics", [id] { (void)(id + 1); });
  std::move(task).Detach();
  trx.Commit();
}

void waitAllInside(pg::Cluster &cluster, const std::vector<int> &ids) {
  auto trx = cluster.Begin(pg::TransactionOptions{});
  std::vector<TaskWithResult<void>> tasks;
  for (int id : ids)
    tasks.push_back(userver::utils::Async("archive", [&trx, id] { trx.Execute("DELETE FROM live WHERE id = $1", id); }));
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: task started here in a loop may use 'trx' at the same time as the task started by an earlier iteration [txscope-concurrent-transaction-use]
  // CHECK-MESSAGES: :[[@LINE-2]]:67: note: 'trx' is used here by the task
  userver::engine::WaitAllChecked(tasks);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: the tasks are joined only here, after the loop
  trx.Commit();
}

void waitAllAfterCommit(pg::Cluster &cluster, const std::vector<int> &ids) {
  std::vector<TaskWithResult<void>> tasks;
  auto trx = cluster.Begin(pg::TransactionOptions{});
  // CHECK-MESSAGES: :[[@LINE-1]]:8: note: transaction 'trx' begins here
  for (int id : ids)
    tasks.push_back(userver::utils::Async("archive", [&trx, id] { trx.Execute("DELETE FROM live WHERE id = $1", id); }));
    // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: task started inside transaction 'trx' may still be running when 'trx' commits
  // CHECK-MESSAGES: :[[@LINE-2]]:21: warning: task started here in a loop may use 'trx' at the same time as the task started by an earlier iteration [txscope-concurrent-transaction-use]
  // CHECK-MESSAGES: :[[@LINE-3]]:67: note: 'trx' is used here by the task
  trx.Commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'trx' commits here while the task may still be running
  userver::engine::WaitAllChecked(tasks);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: the task is joined only here, after the transaction ended
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: the tasks are joined only here, after the loop
}

void timedWaitOnly(pg::Cluster &cluster, int id) {
  auto trx = cluster.Begin(pg::TransactionOptions{});
  // CHECK-MESSAGES: :[[@LINE-1]]:8: note: transaction 'trx' begins here
  auto task = userver::utils::Async("archive", [&trx, id] { trx.Execute("DELETE FROM live WHERE id = $1", id); });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: task started inside transaction 'trx' is only waited for with a timeout; it may still be running when 'trx' commits
  task.WaitFor(std::chrono::milliseconds(100));
  // CHECK-MESSAGES: :[[@LINE-1]]:8: note: this timed wait may return while the task is still running
  trx.Commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'trx' commits here while the task may still be running
}

void storageOutsideWaitedAfterCommit(pg::Cluster &cluster, int id) {
  userver::concurrent::BackgroundTaskStorage storage;
  // CHECK-MESSAGES: :[[@LINE-1]]:46: note: 'storage' is declared outside the transaction; join it before 'trx' ends, or declare it inside the transaction's scope
  auto trx = cluster.Begin(pg::TransactionOptions{});
  // CHECK-MESSAGES: :[[@LINE-1]]:8: note: transaction 'trx' begins here
  storage.AsyncDetach("audit", [&trx, id] { trx.Execute("INSERT INTO audit VALUES ($1)", id); });
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: task started inside transaction 'trx' may still be running when 'trx' commits
  trx.Commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'trx' commits here while the task may still be running
  storage.CancelAndWait();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: note: the task is joined only here, after the transaction ended
}

void storageWaitedInside(pg::Cluster &cluster, int id) {
  userver::concurrent::BackgroundTaskStorage storage;
  auto trx = cluster.Begin(pg::TransactionOptions{});
  storage.AsyncDetach("audit", [&trx, id] { trx.Execute("INSERT INTO audit VALUES ($1)", id); });
  storage.CancelAndWait();
  trx.Commit();
}

void tasksGotAllInside(pg::Cluster &cluster, int a, int b) {
  auto trx = cluster.Begin(pg::TransactionOptions{});
  auto first = userver::utils::Async("count", [&trx, a] { return trx.Execute("SELECT $1", a).Size(); });
  // CHECK-MESSAGES: :[[@LINE-1]]:16: note: the other task is started here and may still be running
  auto second = userver::utils::Async("count", [&trx, b] { return trx.Execute("SELECT $1", b).Size(); });
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: task started here may use 'trx' at the same time as another task using it [txscope-concurrent-transaction-use]
  // CHECK-MESSAGES: :[[@LINE-2]]:67: note: 'trx' is used here by the task
  userver::engine::GetAll(first, second);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: that task is joined only here
  trx.Commit();
}

void sharedTaskGotAfterRollback(pg::Cluster &cluster, int id) {
  auto trx = cluster.Begin(pg::TransactionOptions{});
  // CHECK-MESSAGES: :[[@LINE-1]]:8: note: transaction 'trx' begins here
  auto task = userver::utils::SharedAsync("count", [&trx, id] { return trx.Execute("SELECT $1", id).Size(); });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: task started inside transaction 'trx' may still be running when 'trx' rolls back
  trx.Rollback();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'trx' rolls back here while the task may still be running
  auto n = task.Get();
  // CHECK-MESSAGES: :[[@LINE-1]]:17: note: the task is joined only here, after the transaction ended
  (void)n;
}
