// txscope-args: -std=c++20 -DBOOST_ASIO_HAS_CO_AWAIT -DBOOST_ASIO_HAS_STD_COROUTINE
// txscope-args-STANDALONE: -DTXSCOPE_STANDALONE_ASIO -DASIO_HAS_CO_AWAIT -DASIO_HAS_STD_COROUTINE
// asio::awaitable is lazy: held in a vector, each runs when it is awaited
// (SPEC §2, "lazy task run after the end"). Boost.Asio 1.74, and (variant
// STANDALONE) standalone Asio 1.22.
#include <utility>
#include <vector>
#ifdef TXSCOPE_STANDALONE_ASIO
#include <asio.hpp>
#else
#include <boost/asio.hpp>
namespace asio = boost::asio;
#endif
#include <pqxx/pqxx>

asio::awaitable<void> update(pqxx::work &tx, int id);

asio::awaitable<void> awaitedOneByOneAfterCommit(pqxx::connection &conn, std::vector<int> ids) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  std::vector<asio::awaitable<void>> steps;
  for (int id : ids)
    steps.push_back(update(tx, id));
    // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: lazy task created inside transaction 'tx' runs only when awaited, after 'tx' commits
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
  for (auto &step : steps)
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: the lazy task is first awaited here, after the transaction ended
    co_await std::move(step);
}

asio::awaitable<void> awaitedOneByOneInside(pqxx::connection &conn, std::vector<int> ids) {
  pqxx::work tx{conn};
  std::vector<asio::awaitable<void>> steps;
  for (int id : ids)
    steps.push_back(update(tx, id));
  for (auto &step : steps)
    co_await std::move(step);
  tx.commit();
}
