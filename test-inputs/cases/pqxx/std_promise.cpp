// txscope-args: -std=c++17
// A std::promise handed to a task: the task sets it, so the future it hands
// out is that task's handle (SPEC §1). The future never blocks in its
// destructor; a detached thread or a job posted to a pool is joined only
// through it.
#include <boost/asio/post.hpp>
#include <boost/asio/thread_pool.hpp>
#include <chrono>
#include <future>
#include <pqxx/pqxx>
#include <thread>
#include <utility>

void promiseGotAfterCommit(pqxx::connection &conn) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  std::promise<int> count;
  std::future<int> counted = count.get_future();
  std::thread([&tx, count = std::move(count)]() mutable {
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task started inside transaction 'tx' may still be running when 'tx' commits
    count.set_value(tx.exec1("SELECT count(*) FROM t")[0].as<int>());
  }).detach();
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
  counted.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: note: the task is joined only here, after the transaction ended
}

void promiseGotInside(pqxx::connection &conn) {
  pqxx::work tx{conn};
  std::promise<int> count;
  std::future<int> counted = count.get_future();
  std::thread([&tx, count = std::move(count)]() mutable {
    count.set_value(tx.exec1("SELECT count(*) FROM t")[0].as<int>());
  }).detach();
  counted.get();
  tx.commit();
}

void promiseByReferenceTimedOut(pqxx::connection &conn) {
  using namespace std::chrono_literals;
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  std::promise<void> done;
  auto finished = done.get_future();
  std::thread worker([&tx, &done] {
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: task started inside transaction 'tx' is only waited for with a timeout; it may still be running when 'tx' rolls back
    tx.exec0("UPDATE t SET n = n + 1");
    done.set_value();
  });
  worker.detach();
  if (finished.wait_for(1s) != std::future_status::ready)
    // CHECK-MESSAGES: :[[@LINE-1]]:16: note: this timed wait may return while the task is still running
    tx.abort();
    // CHECK-MESSAGES: :[[@LINE-1]]:8: note: 'tx' rolls back here while the task may still be running
  else
    tx.commit();
}

void promisePostedGotAfterCommit(pqxx::connection &conn, boost::asio::thread_pool &pool) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  std::promise<int> total;
  auto summed = total.get_future();
  boost::asio::post(pool, [&tx, total = std::move(total)]() mutable {
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task started inside transaction 'tx' may still be running when 'tx' commits
    total.set_value(tx.exec1("SELECT sum(n) FROM t")[0].as<int>());
  });
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
  summed.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: note: the task is joined only here, after the transaction ended
}

void promisePostedGotInside(pqxx::connection &conn, boost::asio::thread_pool &pool) {
  pqxx::work tx{conn};
  std::promise<int> total;
  auto summed = total.get_future();
  boost::asio::post(pool, [&tx, total = std::move(total)]() mutable {
    total.set_value(tx.exec1("SELECT sum(n) FROM t")[0].as<int>());
  });
  summed.get();
  tx.commit();
}

void packagedTaskPostedGotAfterCommit(pqxx::connection &conn, boost::asio::thread_pool &pool) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  std::packaged_task<int()> job([&tx] { return tx.exec1("SELECT 1")[0].as<int>(); });
  std::future<int> result = job.get_future();
  boost::asio::post(pool, std::move(job));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task started inside transaction 'tx' may still be running when 'tx' commits
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
  result.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: note: the task is joined only here, after the transaction ended
}

void packagedTaskPostedGotInside(pqxx::connection &conn, boost::asio::thread_pool &pool) {
  pqxx::work tx{conn};
  std::packaged_task<int()> job([&tx] { return tx.exec1("SELECT 1")[0].as<int>(); });
  std::future<int> result = job.get_future();
  boost::asio::post(pool, std::move(job));
  result.get();
  tx.commit();
}
