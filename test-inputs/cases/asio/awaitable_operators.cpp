// txscope-args: -std=c++20 -DASIO_HAS_CO_AWAIT -DASIO_HAS_STD_COROUTINE
// Standalone Asio 1.22's awaitable operators (asio::experimental::
// awaitable_operators, not in Boost 1.74): `co_await (a && b)` awaits both.
#include <asio.hpp>
#include <asio/experimental/awaitable_operators.hpp>
#include <pqxx/pqxx>
#include <utility>

using namespace asio::experimental::awaitable_operators;

asio::awaitable<void> update(pqxx::work &tx, int id);

asio::awaitable<void> bothAwaitedInside(pqxx::connection &conn) {
  pqxx::work tx{conn};
  auto a = update(tx, 1);
  auto b = update(tx, 2);
  co_await (std::move(a) && std::move(b));
  tx.commit();
}

asio::awaitable<void> eitherAwaitedAfterCommit(pqxx::connection &conn) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  // CHECK-MESSAGES: :[[@LINE-2]]:14: note: transaction 'tx' begins here
  auto a = update(tx, 3);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: lazy task created inside transaction 'tx' runs only when awaited, after 'tx' commits
  auto b = update(tx, 4);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: lazy task created inside transaction 'tx' runs only when awaited, after 'tx' commits
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
  // CHECK-MESSAGES: :[[@LINE-2]]:6: note: 'tx' commits here while the task may still be running
  co_await (std::move(a) || std::move(b));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: the lazy task is first awaited here, after the transaction ended
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: the lazy task is first awaited here, after the transaction ended
}
