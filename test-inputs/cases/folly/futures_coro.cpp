// txscope-args: -std=c++20 -isystem %S/../../stubs/folly
// folly futures and coroutines with libpqxx transactions, against stub
// headers mirroring folly's (test-inputs/stubs/folly) and the real libpqxx.
#include <folly/coro/AsyncScope.h>
#include <folly/coro/BlockingWait.h>
#include <folly/coro/Collect.h>
#include <folly/coro/Task.h>
#include <folly/executors/CPUThreadPoolExecutor.h>
#include <folly/futures/Future.h>
#include <pqxx/pqxx>
#include <utility>
#include <vector>

folly::coro::Task<void> update(pqxx::work &tx, int id);
folly::coro::Task<void> notify(int id);

void viaGotAfterCommit(pqxx::connection &conn, folly::Executor::KeepAlive<> ex) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  folly::Future<int> f = folly::via(ex, [&tx] { return tx.exec1("SELECT 1")[0].as<int>(); });
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: task started inside transaction 'tx' may still be running when 'tx' commits
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
  int n = std::move(f).get();
  // CHECK-MESSAGES: :[[@LINE-1]]:24: note: the task is joined only here, after the transaction ended
  (void)n;
}

void viaGotInside(pqxx::connection &conn, folly::Executor::KeepAlive<> ex) {
  pqxx::work tx{conn};
  folly::Future<int> f = folly::via(ex, [&tx] { return tx.exec1("SELECT 1")[0].as<int>(); });
  int n = std::move(f).get();
  tx.commit();
  (void)n;
}

void viaDroppedFuture(pqxx::connection &conn, folly::Executor::KeepAlive<> ex) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  auto f = folly::via(ex, [&tx] { tx.exec0("DELETE FROM q"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: task started inside transaction 'tx' is never joined; it may still be running when 'tx' commits
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: 'f' is destroyed here without waiting for the task

void viaTimedWaitOnly(pqxx::connection &conn, folly::Executor::KeepAlive<> ex) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  auto f = folly::via(ex, [&tx] { tx.exec0("DELETE FROM q"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: task started inside transaction 'tx' is only waited for with a timeout; it may still be running when 'tx' commits
  f.wait(std::chrono::milliseconds(50));
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: this timed wait may return while the task is still running
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
}

void poolOutsideJoinedAfterCommit(pqxx::connection &conn) {
  folly::CPUThreadPoolExecutor pool(4);
  // CHECK-MESSAGES: :[[@LINE-1]]:32: note: 'pool' is declared outside the transaction; join it before 'tx' ends, or declare it inside the transaction's scope
  {
    pqxx::work tx{conn};
    // CHECK-MESSAGES: :[[@LINE-1]]:16: note: transaction 'tx' begins here
    pool.add([&tx] { tx.exec0("UPDATE a SET b = 1"); });
    // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: task started inside transaction 'tx' may still be running when 'tx' commits
    tx.commit();
    // CHECK-MESSAGES: :[[@LINE-1]]:8: note: 'tx' commits here while the task may still be running
  }
  pool.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: note: the task is joined only here, after the transaction ended
}

folly::coro::Task<void> lazyAwaitedInside(pqxx::connection &conn) {
  pqxx::work tx{conn};
  auto t = update(tx, 1);
  co_await std::move(t);
  tx.commit();
}

folly::coro::Task<void> lazyAwaitedAfterCommit(pqxx::connection &conn) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  auto t = update(tx, 2);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: lazy task created inside transaction 'tx' runs only when awaited, after 'tx' commits
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
  co_await std::move(t);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: the lazy task is first awaited here, after the transaction ended
}

folly::coro::Task<void> lazyNeverAwaited(pqxx::connection &conn) {
  pqxx::work tx{conn};
  auto t = update(tx, 3);
  tx.commit();
  co_return;
}

void blockingWaitInside(pqxx::connection &conn) {
  pqxx::work tx{conn};
  auto t = update(tx, 4);
  folly::coro::blockingWait(std::move(t));
  tx.commit();
}

folly::coro::Task<void> collectAllInside(pqxx::connection &conn) {
  pqxx::work tx{conn};
  co_await folly::coro::collectAll(update(tx, 5), update(tx, 6));
  tx.commit();
}

folly::coro::Task<void> collectAllRangeInside(pqxx::connection &conn, std::vector<int> ids) {
  pqxx::work tx{conn};
  std::vector<folly::coro::Task<void>> tasks;
  for (int id : ids)
    tasks.push_back(update(tx, id));
  co_await folly::coro::collectAllRange(std::move(tasks));
  tx.commit();
}

folly::coro::Task<void> scopeJoinedInside(pqxx::connection &conn, folly::Executor::KeepAlive<> ex) {
  pqxx::work tx{conn};
  folly::coro::AsyncScope scope;
  scope.add(folly::coro::co_withExecutor(ex, update(tx, 7)));
  co_await scope.joinAsync();
  tx.commit();
}

folly::coro::Task<void> scopeOutsideJoinedAfterCommit(pqxx::connection &conn, folly::Executor::KeepAlive<> ex,
                                                      folly::coro::AsyncScope &scope) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  scope.add(folly::coro::co_withExecutor(ex, update(tx, 8)));
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: task started inside transaction 'tx' may still be running when 'tx' commits
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
  co_await scope.joinAsync();
  // CHECK-MESSAGES: :[[@LINE-1]]:18: note: the task is joined only here, after the transaction ended
}

void startedTaskGotInside(pqxx::connection &conn, folly::Executor::KeepAlive<> ex) {
  pqxx::work tx{conn};
  auto done = folly::coro::co_withExecutor(ex, update(tx, 9)).start();
  std::move(done).get();
  tx.commit();
}

void startedTaskDropped(pqxx::connection &conn, folly::Executor::KeepAlive<> ex) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  auto done = folly::coro::co_withExecutor(ex, update(tx, 10)).start();
  // CHECK-MESSAGES: :[[@LINE-1]]:64: warning: task started inside transaction 'tx' is never joined; it may still be running when 'tx' commits
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: 'done' is destroyed here without waiting for the task

struct Repository {
  folly::coro::Task<void> archive(pqxx::work &tx, int id);
};

folly::coro::Task<void> memberLazyAwaitedAfterCommit(pqxx::connection &conn, Repository &repo) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  auto t = repo.archive(tx, 11);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: lazy task created inside transaction 'tx' runs only when awaited, after 'tx' commits
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
  co_await std::move(t);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: the lazy task is first awaited here, after the transaction ended
}
