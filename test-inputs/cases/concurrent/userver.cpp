// txscope-args: -std=c++17 -isystem %S/../../stubs/userver
// txscope-checks: txscope-concurrent-transaction-use
// SPEC §2b with userver PostgreSQL (stub headers mirroring userver's,
// test-inputs/stubs/userver): a storages::postgres::Transaction is not for
// concurrent use; the Cluster is a pool, so a transaction begun by each task
// on it is the fix. Each bug has its fixed twin below it.
#include <mutex>
#include <userver/engine/get_all.hpp>
#include <userver/engine/task/task.hpp>
#include <userver/engine/wait_all_checked.hpp>
#include <userver/storages/postgres/cluster.hpp>
#include <userver/utils/async.hpp>
#include <vector>

namespace pg = userver::storages::postgres;
using userver::engine::TaskWithResult;

void bugTwoTasks(pg::Cluster &cluster) {
  auto trx = cluster.Begin(pg::TransactionOptions{});
  auto a = userver::utils::Async("a", [&trx] { trx.Execute("UPDATE a SET n = 1"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:12: note: the other task is started here and may still be running
  auto b = userver::utils::Async("b", [&trx] { trx.Execute("UPDATE b SET n = 2"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: task started here may use 'trx' at the same time as another task using it [txscope-concurrent-transaction-use]
  // CHECK-MESSAGES: :[[@LINE-2]]:48: note: 'trx' is used here by the task
  userver::engine::WaitAllChecked(a, b);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: that task is joined only here
  trx.Commit();
}

void fixedTwoTasksInTurn(pg::Cluster &cluster) {
  auto trx = cluster.Begin(pg::TransactionOptions{});
  auto a = userver::utils::Async("a", [&trx] { trx.Execute("UPDATE a SET n = 1"); });
  a.Get();
  auto b = userver::utils::Async("b", [&trx] { trx.Execute("UPDATE b SET n = 2"); });
  b.Get();
  trx.Commit();
}

void bugTaskPerId(pg::Cluster &cluster, const std::vector<int> &ids) {
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

// A transaction of each task's own, begun by the task on the cluster (a pool),
// is the fix; it is reported today: see false_positives_pending.cpp.

void bugStarterUses(pg::Cluster &cluster) {
  auto trx = cluster.Begin(pg::TransactionOptions{});
  auto task = userver::utils::Async("a", [&trx] { trx.Execute("UPDATE a SET n = 1"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: note: the task using 'trx' is started here
  trx.Execute("UPDATE b SET n = 2");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'trx' is used here while a task using it may still be running [txscope-concurrent-transaction-use]
  task.Get();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: note: the task is joined only here
  trx.Commit();
}

void fixedStarterUsesAfterJoin(pg::Cluster &cluster) {
  auto trx = cluster.Begin(pg::TransactionOptions{});
  auto task = userver::utils::Async("a", [&trx] { trx.Execute("UPDATE a SET n = 1"); });
  task.Get();
  trx.Execute("UPDATE b SET n = 2");
  trx.Commit();
}

std::mutex trxMutex;
void fixedLockedEverywhere(pg::Cluster &cluster) {
  auto trx = cluster.Begin(pg::TransactionOptions{});
  auto task = userver::utils::Async("a", [&trx] {
    std::lock_guard<std::mutex> lock(trxMutex);
    trx.Execute("UPDATE a SET n = 1");
  });
  {
    std::lock_guard<std::mutex> lock(trxMutex);
    trx.Execute("UPDATE b SET n = 2");
  }
  task.Get();
  trx.Commit();
}

// A member transaction reached through `this` by two tasks.
class Importer {
public:
  void bugRun() {
    auto a = userver::utils::Async("a", [this] { trx_.Execute("UPDATE a SET n = 1"); });
    // CHECK-MESSAGES: :[[@LINE-1]]:14: note: the other task is started here and may still be running
    auto b = userver::utils::Async("b", [this] { trx_.Execute("UPDATE b SET n = 2"); });
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: task started here may use 'trx_' at the same time as another task using it [txscope-concurrent-transaction-use]
    // CHECK-MESSAGES: :[[@LINE-2]]:50: note: 'trx_' is used here by the task
    a.Get();
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: that task is joined only here
    b.Get();
  }

private:
  pg::Transaction trx_;
};
