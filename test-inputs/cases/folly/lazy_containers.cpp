// txscope-args: -std=c++20 -isystem %S/../../stubs/folly
// Lazy coroutine tasks held in a container or moved to another variable run
// when first awaited (SPEC §2, "lazy task run after the end"); a combinator
// of them (collectAllRange) is itself lazy: they run when it is awaited.
// Against stub headers mirroring folly's (test-inputs/stubs/folly).
#include <folly/coro/Collect.h>
#include <folly/coro/Task.h>
#include <pqxx/pqxx>
#include <utility>
#include <vector>

folly::coro::Task<void> archive(pqxx::work &tx, long id);
folly::coro::Task<void> nothing();

folly::coro::Task<void> closePeriod(pqxx::connection &conn) {
  std::vector<folly::coro::Task<void>> jobs;
  {
    pqxx::work tx{conn};
    // CHECK-MESSAGES: :[[@LINE-1]]:16: note: transaction 'tx' begins here
    jobs.push_back(archive(tx, 1)); // lazy: runs only when awaited
    // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: lazy task created inside transaction 'tx' runs only when awaited, after 'tx' commits
    tx.commit();
    // CHECK-MESSAGES: :[[@LINE-1]]:8: note: 'tx' commits here while the task may still be running
  }
  co_await folly::coro::collectAllRange(std::move(jobs));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: the lazy task is first awaited here, after the transaction ended
}

folly::coro::Task<void> closePeriodAwaitedInside(pqxx::connection &conn) {
  std::vector<folly::coro::Task<void>> jobs;
  {
    pqxx::work tx{conn};
    jobs.push_back(archive(tx, 1));
    co_await folly::coro::collectAllRange(std::move(jobs));
    tx.commit();
  }
}

// The combinator's result is lazy too: creating it inside is not running it.
folly::coro::Task<void> combinedInsideAwaitedAfter(pqxx::connection &conn) {
  auto all = nothing();
  {
    pqxx::work tx{conn};
    // CHECK-MESSAGES: :[[@LINE-1]]:16: note: transaction 'tx' begins here
    std::vector<folly::coro::Task<void>> jobs;
    jobs.push_back(archive(tx, 2));
    // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: lazy task created inside transaction 'tx' runs only when awaited, after 'tx' commits
    all = folly::coro::collectAllRange(std::move(jobs));
    tx.commit();
    // CHECK-MESSAGES: :[[@LINE-1]]:8: note: 'tx' commits here while the task may still be running
  }
  co_await std::move(all);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: the lazy task is first awaited here, after the transaction ended
}

folly::coro::Task<void> combinedAndAwaitedInside(pqxx::connection &conn) {
  pqxx::work tx{conn};
  std::vector<folly::coro::Task<void>> jobs;
  jobs.push_back(archive(tx, 2));
  auto all = folly::coro::collectAllRange(std::move(jobs));
  co_await std::move(all);
  tx.commit();
}

folly::coro::Task<void> eachAwaitedAfter(pqxx::connection &conn, std::vector<long> ids) {
  std::vector<folly::coro::Task<void>> jobs;
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  for (long id : ids)
    jobs.push_back(archive(tx, id));
    // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: lazy task created inside transaction 'tx' runs only when awaited, after 'tx' commits
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
  for (auto &job : jobs)
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: the lazy task is first awaited here, after the transaction ended
    co_await std::move(job);
}

folly::coro::Task<void> eachAwaitedInside(pqxx::connection &conn, std::vector<long> ids) {
  pqxx::work tx{conn};
  std::vector<folly::coro::Task<void>> jobs;
  for (long id : ids)
    jobs.push_back(archive(tx, id));
  for (auto &job : jobs)
    co_await std::move(job);
  tx.commit();
}

folly::coro::Task<void> movedThenAwaitedAfter(pqxx::connection &conn) {
  auto later = nothing();
  {
    pqxx::work tx{conn};
    // CHECK-MESSAGES: :[[@LINE-1]]:16: note: transaction 'tx' begins here
    auto job = archive(tx, 3);
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: lazy task created inside transaction 'tx' runs only when awaited, after 'tx' commits
    later = std::move(job);
    tx.commit();
    // CHECK-MESSAGES: :[[@LINE-1]]:8: note: 'tx' commits here while the task may still be running
  }
  co_await std::move(later);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: the lazy task is first awaited here, after the transaction ended
}

folly::coro::Task<void> movedThenAwaitedInside(pqxx::connection &conn) {
  pqxx::work tx{conn};
  auto job = archive(tx, 3);
  auto later = std::move(job);
  co_await std::move(later);
  tx.commit();
}
