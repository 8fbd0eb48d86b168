// txscope-args: -std=c++20 -isystem %S/../../stubs/folly
// folly executors through KeepAlive, via(ex).thenValue chains, getTry, collectAny
// and detached coroutine starts with libpqxx transactions, against stub headers
// mirroring folly's (test-inputs/stubs/folly).
#include <chrono>
#include <folly/coro/Collect.h>
#include <folly/coro/Task.h>
#include <folly/executors/CPUThreadPoolExecutor.h>
#include <folly/futures/Future.h>
#include <pqxx/pqxx>
#include <utility>

folly::coro::Task<void> update(pqxx::work &tx, int id);

void keepAliveAddDetached(pqxx::connection &conn, folly::Executor::KeepAlive<> ex) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  ex->add([&tx] { tx.exec0("UPDATE a SET b = 1"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: task started inside transaction 'tx' is detached; it may still be running when 'tx' commits
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
}

void keepAliveAddNotTouchingTransaction(pqxx::connection &conn, folly::Executor::KeepAlive<> ex, int &counter) {
  pqxx::work tx{conn};
  ex->add([&counter] { ++counter; });
  tx.commit();
}

void poolAddJoinedInside(pqxx::connection &conn) {
  pqxx::work tx{conn};
  folly::CPUThreadPoolExecutor pool(2);
  pool.add([&tx] { tx.exec0("UPDATE a SET b = 2"); });
  pool.join();
  tx.commit();
}

void thenValueGotAfterCommit(pqxx::connection &conn, folly::Executor::KeepAlive<> ex) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  auto f = folly::via(ex).thenValue([&tx](folly::Unit) { return tx.exec1("SELECT 1")[0].as<int>(); });
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: task started inside transaction 'tx' may still be running when 'tx' commits
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
  int n = std::move(f).get();
  // CHECK-MESSAGES: :[[@LINE-1]]:24: note: the task is joined only here, after the transaction ended
  (void)n;
}

void thenValueGotInside(pqxx::connection &conn, folly::Executor::KeepAlive<> ex) {
  pqxx::work tx{conn};
  auto f = folly::via(ex).thenValue([&tx](folly::Unit) { return tx.exec1("SELECT 1")[0].as<int>(); });
  int n = std::move(f).get();
  tx.commit();
  (void)n;
}

// The continuation's future is the handle of the whole chain, the via() task
// included.
void viaChainGotAfterCommit(pqxx::connection &conn, folly::Executor::KeepAlive<> ex) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  auto f = folly::via(ex, [&tx] { return tx.exec1("SELECT 1")[0].as<int>(); }).thenValue([](int n) { return n + 1; });
  // CHECK-MESSAGES: :[[@LINE-1]]:80: warning: task started inside transaction 'tx' may still be running when 'tx' commits
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
  std::move(f).get();
  // CHECK-MESSAGES: :[[@LINE-1]]:16: note: the task is joined only here, after the transaction ended
}

void viaChainGotInside(pqxx::connection &conn, folly::Executor::KeepAlive<> ex) {
  pqxx::work tx{conn};
  auto f = folly::via(ex, [&tx] { return tx.exec1("SELECT 1")[0].as<int>(); }).thenValue([](int n) { return n + 1; });
  std::move(f).get();
  tx.commit();
}

void getTryWithTimeoutOnly(pqxx::connection &conn, folly::Executor::KeepAlive<> ex) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  auto f = folly::via(ex, [&tx] { tx.exec0("DELETE FROM q"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: task started inside transaction 'tx' is only waited for with a timeout; it may still be running when 'tx' commits
  std::move(f).getTry(std::chrono::milliseconds(50));
  // CHECK-MESSAGES: :[[@LINE-1]]:16: note: this timed wait may return while the task is still running
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
}

void getTryInside(pqxx::connection &conn, folly::Executor::KeepAlive<> ex) {
  pqxx::work tx{conn};
  auto f = folly::via(ex, [&tx] { tx.exec0("DELETE FROM q"); });
  auto result = std::move(f).getTry();
  tx.commit();
  (void)result;
}

folly::coro::Task<void> collectAnyInside(pqxx::connection &conn) {
  pqxx::work tx{conn};
  auto first = co_await folly::coro::collectAny(update(tx, 1), update(tx, 2));
  (void)first;
  tx.commit();
}

folly::coro::Task<void> collectAnyAwaitedAfterCommit(pqxx::connection &conn) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  auto any = folly::coro::collectAny(update(tx, 3), update(tx, 4));
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: lazy task created inside transaction 'tx' runs only when awaited, after 'tx' commits
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
  co_await std::move(any);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: the lazy task is first awaited here, after the transaction ended
}

void startedTaskDetachedOn(pqxx::connection &conn, folly::Executor::KeepAlive<> ex) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  auto done = folly::coro::co_withExecutor(ex, update(tx, 5)).start();
  // CHECK-MESSAGES: :[[@LINE-1]]:63: warning: task started inside transaction 'tx' is detached; it may still be running when 'tx' commits
  folly::futures::detachOn(ex, std::move(done));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: the task is detached here
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
}

void startedWithCallback(pqxx::connection &conn, folly::Executor::KeepAlive<> ex) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  folly::coro::co_withExecutor(ex, update(tx, 6)).start([](folly::Try<void> &&) {});
  // CHECK-MESSAGES: :[[@LINE-1]]:51: warning: task started inside transaction 'tx' is detached; it may still be running when 'tx' commits
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
}

// via(&pool, f): the pool's join() joins the task even though its Future is
// dropped (the KeepAlive made from &pool names the pool).
void viaPoolJoinedInsideFutureDropped(pqxx::connection &conn) {
  folly::CPUThreadPoolExecutor pool(4);
  pqxx::work tx{conn};
  auto f = folly::via(&pool, [&tx] { tx.exec0("DELETE FROM q"); });
  pool.join();
  tx.commit();
}

void viaPoolJoinedAfterCommitFutureDropped(pqxx::connection &conn) {
  folly::CPUThreadPoolExecutor pool(4);
  // CHECK-MESSAGES: :[[@LINE-1]]:32: note: 'pool' is declared outside the transaction; join it before 'tx' ends, or declare it inside the transaction's scope
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  auto f = folly::via(&pool, [&tx] { tx.exec0("DELETE FROM q"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: task started inside transaction 'tx' may still be running when 'tx' commits
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
  pool.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: note: the task is joined only here, after the transaction ended
}
