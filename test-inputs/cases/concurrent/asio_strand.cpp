// txscope-args: -std=c++17
// txscope-checks: txscope-concurrent-transaction-use
// SPEC §2b with Boost.Asio 1.74 (real Debian headers): tasks posted to a
// thread pool run at once; tasks posted to one strand run one at a time.
#include <boost/asio/post.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>
#include <pqxx/pqxx>

void postedToThePool(pqxx::connection &conn, boost::asio::thread_pool &pool) {
  boost::asio::post(pool, [&conn] { pqxx::nontransaction n{conn}; n.exec0("UPDATE a SET n = 1"); });
  boost::asio::post(pool, [&conn] { pqxx::nontransaction n{conn}; n.exec0("UPDATE b SET n = 2"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task started here may use 'conn' at the same time as another task using it [txscope-concurrent-transaction-use]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: the other task is started here and may still be running
  // CHECK-MESSAGES: :[[@LINE-3]]:60: note: 'conn' is used here by the task
  pool.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: note: that task is joined only here
}

void postedToOneStrand(pqxx::connection &conn, boost::asio::thread_pool &pool) {
  auto strand = boost::asio::make_strand(pool.get_executor());
  boost::asio::post(strand, [&conn] { pqxx::nontransaction n{conn}; n.exec0("UPDATE a SET n = 1"); });
  boost::asio::post(strand, [&conn] { pqxx::nontransaction n{conn}; n.exec0("UPDATE b SET n = 2"); });
  pool.join();
}

void postedToTwoStrands(pqxx::connection &conn, boost::asio::thread_pool &pool) {
  auto first = boost::asio::make_strand(pool.get_executor());
  auto second = boost::asio::make_strand(pool.get_executor());
  boost::asio::post(first, [&conn] { pqxx::nontransaction n{conn}; n.exec0("UPDATE a SET n = 1"); });
  boost::asio::post(second, [&conn] { pqxx::nontransaction n{conn}; n.exec0("UPDATE b SET n = 2"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task started here may use 'conn' at the same time as another task using it [txscope-concurrent-transaction-use]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: the other task is started here and may still be running
  // CHECK-MESSAGES: :[[@LINE-3]]:62: note: 'conn' is used here by the task
  pool.join();
}
