// txscope-args: -std=c++20 -isystem %S/../../stubs/cppcoro
// cppcoro lazy tasks and async_scope with libpqxx transactions, against stub
// headers mirroring cppcoro (test-inputs/stubs/cppcoro).
#include <cppcoro/async_scope.hpp>
#include <cppcoro/sync_wait.hpp>
#include <cppcoro/task.hpp>
#include <cppcoro/when_all.hpp>
#include <pqxx/pqxx>
#include <utility>

cppcoro::task<void> update(pqxx::work &tx, int id);

cppcoro::task<void> lazyAwaitedInside(pqxx::connection &conn) {
  pqxx::work tx{conn};
  auto t = update(tx, 1);
  co_await t;
  tx.commit();
}

cppcoro::task<void> lazyAwaitedAfterAbort(pqxx::connection &conn) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  auto t = update(tx, 2);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: lazy task created inside transaction 'tx' runs only when awaited, after 'tx' rolls back
  tx.abort();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' rolls back here while the task may still be running
  co_await std::move(t);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: the lazy task is first awaited here, after the transaction ended
}

void syncWaitInside(pqxx::connection &conn) {
  pqxx::work tx{conn};
  cppcoro::sync_wait(update(tx, 3));
  tx.commit();
}

cppcoro::task<void> whenAllInside(pqxx::connection &conn) {
  pqxx::work tx{conn};
  co_await cppcoro::when_all(update(tx, 4), update(tx, 5));
  tx.commit();
}

cppcoro::task<void> scopeJoinedInside(pqxx::connection &conn) {
  pqxx::work tx{conn};
  cppcoro::async_scope scope;
  scope.spawn(update(tx, 6));
  co_await scope.join();
  tx.commit();
}

cppcoro::task<void> scopeOutsideJoinedAfterCommit(pqxx::connection &conn) {
  cppcoro::async_scope scope;
  // CHECK-MESSAGES: :[[@LINE-1]]:24: note: 'scope' is declared outside the transaction; join it before 'tx' ends, or declare it inside the transaction's scope
  {
    pqxx::work tx{conn};
    // CHECK-MESSAGES: :[[@LINE-1]]:16: note: transaction 'tx' begins here
    scope.spawn(update(tx, 7));
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: task started inside transaction 'tx' may still be running when 'tx' commits
    tx.commit();
    // CHECK-MESSAGES: :[[@LINE-1]]:8: note: 'tx' commits here while the task may still be running
  }
  co_await scope.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:18: note: the task is joined only here, after the transaction ended
}
