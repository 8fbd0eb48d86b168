// txscope-args: -std=c++20 -isystem %S/../../stubs/cppcoro
// cppcoro generators with libpqxx transactions, against stub headers
// mirroring cppcoro (test-inputs/stubs/cppcoro). A generator's body runs only
// as it is iterated: one created with the transaction and first iterated after
// the end runs its queries on a transaction that is gone.
#include <cppcoro/async_generator.hpp>
#include <cppcoro/generator.hpp>
#include <cppcoro/task.hpp>
#include <pqxx/pqxx>
#include <string>

cppcoro::async_generator<std::string> streamNames(pqxx::work &tx);
cppcoro::generator<int> pageSizes(pqxx::work &tx);
cppcoro::async_generator<int> counter(int from);
cppcoro::generator<cppcoro::task<int>> pageTasks(pqxx::work &tx);

cppcoro::task<std::string> asyncGeneratorReadInside(pqxx::connection &conn) {
  pqxx::work tx{conn};
  auto names = streamNames(tx);
  std::string first;
  for (auto it = co_await names.begin(); it != names.end(); co_await ++it)
    first += *it;
  tx.commit();
  co_return first;
}

cppcoro::task<std::string> asyncGeneratorReadAfterCommit(pqxx::connection &conn) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  auto names = streamNames(tx);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: lazy task created inside transaction 'tx' runs only when awaited, after 'tx' commits
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
  auto it = co_await names.begin();
  // CHECK-MESSAGES: :[[@LINE-1]]:28: note: the lazy task is first awaited here, after the transaction ended
  co_return it != names.end() ? *it : std::string{};
}

cppcoro::task<int> asyncGeneratorNotTouchingTransaction(pqxx::connection &conn) {
  pqxx::work tx{conn};
  auto numbers = counter(1);
  tx.commit();
  auto it = co_await numbers.begin();
  co_return *it;
}

int generatorBeginAfterAbort(pqxx::connection &conn) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  auto sizes = pageSizes(tx);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: lazy task created inside transaction 'tx' runs only when awaited, after 'tx' rolls back
  tx.abort();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' rolls back here while the task may still be running
  auto it = sizes.begin();
  // CHECK-MESSAGES: :[[@LINE-1]]:19: note: the lazy task is first awaited here, after the transaction ended
  return it != sizes.end() ? *it : 0;
}

int generatorBeginInside(pqxx::connection &conn) {
  pqxx::work tx{conn};
  auto sizes = pageSizes(tx);
  auto it = sizes.begin();
  int first = it != sizes.end() ? *it : 0;
  tx.commit();
  return first;
}

// A range-for over a generator runs it (it calls begin()).
int generatorRangeForAfterCommit(pqxx::connection &conn) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  auto sizes = pageSizes(tx);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: lazy task created inside transaction 'tx' runs only when awaited, after 'tx' commits
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
  int total = 0;
  for (int n : sizes)
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: the lazy task is first awaited here, after the transaction ended
    total += n;
  return total;
}

int generatorRangeForInside(pqxx::connection &conn) {
  pqxx::work tx{conn};
  int total = 0;
  for (int n : pageSizes(tx))
    total += n;
  tx.commit();
  return total;
}

// A generator of tasks: iterating it (and awaiting each task) runs them.
cppcoro::task<int> generatorOfTasksAfterCommit(pqxx::connection &conn) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  auto pages = pageTasks(tx);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: lazy task created inside transaction 'tx' runs only when awaited, after 'tx' commits
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
  int total = 0;
  for (auto &page : pages)
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: the lazy task is first awaited here, after the transaction ended
    total += co_await page;
  co_return total;
}

cppcoro::task<int> generatorOfTasksInside(pqxx::connection &conn) {
  pqxx::work tx{conn};
  int total = 0;
  for (auto &page : pageTasks(tx))
    total += co_await page;
  tx.commit();
  co_return total;
}
