// txscope-args: -std=c++20 -DBOOST_ASIO_HAS_CO_AWAIT -DBOOST_ASIO_HAS_STD_COROUTINE
// txscope-args-STANDALONE: -DTXSCOPE_STANDALONE_ASIO -DASIO_HAS_CO_AWAIT -DASIO_HAS_STD_COROUTINE
// Asio with C++20 coroutines and libpqxx: Boost.Asio 1.74, and (variant
// STANDALONE) standalone Asio 1.22. Both need the macros to enable
// coroutines with clang and libstdc++.
#include <utility>
#ifdef TXSCOPE_STANDALONE_ASIO
#include <asio.hpp>
#else
#include <boost/asio.hpp>
namespace asio = boost::asio;
#endif
#include <pqxx/pqxx>

asio::awaitable<void> update(pqxx::work &tx, int id);
asio::awaitable<void> audit(pqxx::connection &conn);
asio::awaitable<void> notify(int id);

asio::awaitable<void> detachedCoSpawn(pqxx::connection &conn, asio::io_context &io) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  asio::co_spawn(io, update(tx, 1), asio::detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task started inside transaction 'tx' is detached; it may still be running when 'tx' commits
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
  co_return;
}

asio::awaitable<void> detachedTaskNotTouchingTx(pqxx::connection &conn, asio::io_context &io) {
  pqxx::work tx{conn};
  asio::co_spawn(io, notify(7), asio::detached);
  tx.commit();
  co_return;
}

asio::awaitable<void> awaitedInside(pqxx::connection &conn) {
  pqxx::work tx{conn};
  co_await update(tx, 2);
  tx.commit();
}

asio::awaitable<void> lazyAwaitedAfterCommit(pqxx::connection &conn) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  auto pending = update(tx, 3);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: lazy task created inside transaction 'tx' runs only when awaited, after 'tx' commits
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
  co_await std::move(pending);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: the lazy task is first awaited here, after the transaction ended
}

asio::awaitable<void> lazyAwaitedInside(pqxx::connection &conn) {
  pqxx::work tx{conn};
  auto pending = update(tx, 3);
  co_await std::move(pending);
  tx.commit();
}

asio::awaitable<void> lazyNeverAwaited(pqxx::connection &conn) {
  pqxx::work tx{conn};
  auto pending = update(tx, 4);
  tx.commit();
  co_return;
}

void useFutureJoinedOnSomePaths(pqxx::connection &conn, asio::io_context &io, bool fast) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  auto f = asio::co_spawn(io, update(tx, 5), asio::use_future);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: task started inside transaction 'tx' is joined on some paths only; it may still be running when 'tx' is destroyed
  if (fast)
    return;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: 'tx' is destroyed by this 'return' while the task may still be running
  f.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: the task is joined here on other paths
  tx.commit();
}

void useFutureJoinedOnEveryPath(pqxx::connection &conn, asio::io_context &io, bool fast) {
  pqxx::work tx{conn};
  auto f = asio::co_spawn(io, update(tx, 5), asio::use_future);
  if (fast) {
    f.wait();
    return;
  }
  f.get();
  tx.commit();
}

void postToPoolJoinedAfterCommit(pqxx::connection &conn) {
  asio::thread_pool pool{4};
  // CHECK-MESSAGES: :[[@LINE-1]]:21: note: 'pool' is declared outside the transaction; join it before 'tx' ends, or declare it inside the transaction's scope
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  asio::post(pool, [&tx] { tx.exec0("UPDATE a SET b = 1"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task started inside transaction 'tx' may still be running when 'tx' commits
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
  pool.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: note: the task is joined only here, after the transaction ended
}

void postToPoolJoinedInside(pqxx::connection &conn) {
  asio::thread_pool pool{4};
  pqxx::work tx{conn};
  asio::post(pool.get_executor(), [&tx] { tx.exec0("UPDATE a SET b = 1"); });
  pool.join();
  tx.commit();
}

void poolDeclaredInsideJoinsAtScopeExit(pqxx::connection &conn) {
  pqxx::work tx{conn};
  asio::thread_pool pool{2};
  asio::co_spawn(pool, audit(conn), asio::detached);
}

void postToIoContextIsDetached(pqxx::connection &conn, asio::io_context &io) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  asio::post(io, [&conn] { pqxx::nontransaction n{conn}; n.exec0("SELECT 1"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task started inside transaction 'tx' is detached; it may still be running when 'tx' commits
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
}

asio::awaitable<void> earlyCoReturn(pqxx::connection &conn, asio::io_context &io, bool fast) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  auto f = asio::co_spawn(io, update(tx, 6), asio::use_future);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: task started inside transaction 'tx' is joined on some paths only; it may still be running when 'tx' is destroyed
  if (fast)
    co_return;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: 'tx' is destroyed by this 'co_return' while the task may still be running
  f.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: the task is joined here on other paths
  tx.commit();
}
