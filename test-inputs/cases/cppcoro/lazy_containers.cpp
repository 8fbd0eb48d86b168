// txscope-args: -std=c++20 -isystem %S/../../stubs/cppcoro
// cppcoro lazy tasks held in a vector run when the vector is awaited through
// when_all (SPEC §2, "lazy task run after the end"). Against stub headers
// mirroring cppcoro (test-inputs/stubs/cppcoro).
#include <cppcoro/task.hpp>
#include <cppcoro/when_all.hpp>
#include <pqxx/pqxx>
#include <utility>
#include <vector>

cppcoro::task<void> update(pqxx::work &tx, int id);

cppcoro::task<void> vectorAwaitedAfterCommit(pqxx::connection &conn, std::vector<int> ids) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  std::vector<cppcoro::task<void>> tasks;
  for (int id : ids)
    tasks.push_back(update(tx, id));
    // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: lazy task created inside transaction 'tx' runs only when awaited, after 'tx' commits
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
  co_await cppcoro::when_all(std::move(tasks));
  // CHECK-MESSAGES: :[[@LINE-1]]:12: note: the lazy task is first awaited here, after the transaction ended
}

cppcoro::task<void> vectorAwaitedInside(pqxx::connection &conn, std::vector<int> ids) {
  pqxx::work tx{conn};
  std::vector<cppcoro::task<void>> tasks;
  for (int id : ids)
    tasks.push_back(update(tx, id));
  co_await cppcoro::when_all(std::move(tasks));
  tx.commit();
}

cppcoro::task<void> emplacedAwaitedAfterCommit(pqxx::connection &conn) {
  std::vector<cppcoro::task<void>> tasks;
  {
    pqxx::work tx{conn};
    // CHECK-MESSAGES: :[[@LINE-1]]:16: note: transaction 'tx' begins here
    tasks.emplace_back(update(tx, 1));
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: lazy task created inside transaction 'tx' runs only when awaited, after 'tx' commits
    tx.commit();
    // CHECK-MESSAGES: :[[@LINE-1]]:8: note: 'tx' commits here while the task may still be running
  }
  for (auto &t : tasks)
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: the lazy task is first awaited here, after the transaction ended
    co_await t;
}
