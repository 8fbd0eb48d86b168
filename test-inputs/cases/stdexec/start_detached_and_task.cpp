// txscope-args: -std=c++20 -isystem %S/../../stubs/stdexec
// stdexec's eager starts (exec::start_detached, spawn_future, exec::start_now)
// and the lazy exec::task with libpqxx transactions, against stub headers
// mirroring stdexec (test-inputs/stubs/stdexec). Senders started without a
// caller to report to cannot fail (the real spawn and start_now reject
// senders with set_error completions), hence the noexcept lambdas.
#include <exec/async_scope.hpp>
#include <exec/start_detached.hpp>
#include <exec/start_now.hpp>
#include <exec/static_thread_pool.hpp>
#include <exec/task.hpp>
#include <pqxx/pqxx>
#include <stdexec/execution.hpp>

void startDetachedInside(pqxx::connection &conn, exec::static_thread_pool &pool) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  exec::start_detached(stdexec::schedule(pool.get_scheduler()) |
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task started inside transaction 'tx' is detached; it may still be running when 'tx' commits
                       stdexec::then([&tx]() noexcept { tx.exec0("UPDATE a SET b = 1"); }));
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
}

void startDetachedNotTouchingTransaction(pqxx::connection &conn, exec::static_thread_pool &pool, int &counter) {
  pqxx::work tx{conn};
  exec::start_detached(stdexec::schedule(pool.get_scheduler()) | stdexec::then([&counter]() noexcept { ++counter; }));
  tx.commit();
}

void spawnFutureJoinedInside(pqxx::connection &conn, exec::static_thread_pool &pool) {
  pqxx::work tx{conn};
  stdexec::counting_scope scope;
  auto rows = stdexec::spawn_future(
      stdexec::schedule(pool.get_scheduler()) | stdexec::then([&tx] { return tx.exec1("SELECT 1")[0].as<int>(); }),
      scope.get_token());
  (void)rows;
  stdexec::sync_wait(scope.join());
  tx.commit();
}

void spawnFutureJoinedAfterCommit(pqxx::connection &conn, exec::static_thread_pool &pool,
                                  stdexec::counting_scope &scope) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  auto rows = stdexec::spawn_future(
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: task started inside transaction 'tx' may still be running when 'tx' commits
      stdexec::schedule(pool.get_scheduler()) | stdexec::then([&tx] { return tx.exec1("SELECT 2")[0].as<int>(); }),
      scope.get_token());
  (void)rows;
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
  stdexec::sync_wait(scope.join());
  // CHECK-MESSAGES: :[[@LINE-1]]:28: note: the task is joined only here, after the transaction ended
}

void asyncScopeSpawnFutureWaitedInside(pqxx::connection &conn, exec::static_thread_pool &pool) {
  pqxx::work tx{conn};
  exec::async_scope scope;
  auto rows = scope.spawn_future(stdexec::schedule(pool.get_scheduler()) |
                                 stdexec::then([&tx] { return tx.exec1("SELECT 3")[0].as<int>(); }));
  (void)rows;
  stdexec::sync_wait(scope.on_empty());
  tx.commit();
}

void asyncScopeSpawnFutureWaitedAfterCommit(pqxx::connection &conn, exec::static_thread_pool &pool,
                                            exec::async_scope &scope) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  auto rows = scope.spawn_future(stdexec::schedule(pool.get_scheduler()) |
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: task started inside transaction 'tx' may still be running when 'tx' commits
                                 stdexec::then([&tx] { return tx.exec1("SELECT 4")[0].as<int>(); }));
  (void)rows;
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
  stdexec::sync_wait(scope.on_empty());
  // CHECK-MESSAGES: :[[@LINE-1]]:28: note: the task is joined only here, after the transaction ended
}

void startNowWaitedInside(pqxx::connection &conn, exec::static_thread_pool &pool) {
  pqxx::work tx{conn};
  exec::async_scope scope;
  exec::start_now(scope, stdexec::schedule(pool.get_scheduler()) |
                             stdexec::then([&tx]() noexcept { tx.exec0("UPDATE a SET b = 2"); }));
  stdexec::sync_wait(scope.on_empty());
  tx.commit();
}

void startNowNeverWaited(pqxx::connection &conn, exec::static_thread_pool &pool, exec::async_scope &scope) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  exec::start_now(scope, stdexec::schedule(pool.get_scheduler()) |
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task started inside transaction 'tx' is never joined; it may still be running when 'tx' commits
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: the task's handle is discarded here without a join
                             stdexec::then([&tx]() noexcept { tx.exec0("UPDATE a SET b = 3"); }));
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
}

exec::task<void> update(pqxx::work &tx, int id);

exec::task<void> taskAwaitedInside(pqxx::connection &conn) {
  pqxx::work tx{conn};
  auto t = update(tx, 1);
  co_await std::move(t);
  tx.commit();
}

exec::task<void> taskAwaitedAfterCommit(pqxx::connection &conn) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  auto t = update(tx, 2);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: lazy task created inside transaction 'tx' runs only when awaited, after 'tx' commits
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
  co_await std::move(t);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: the lazy task is first awaited here, after the transaction ended
}
