// txscope-args: -std=c++17
// txscope-options-STRICT: StrictMode=true
// Under StrictMode (variant STRICT) a call not known not to throw, between a
// task's start and its join, is a path of its own (SPEC §3: calls that may
// throw stay out of the default mode): the exception destroys the locals in
// scope, and a transaction destroyed before the task's joining handle ends
// while the task runs. The default mode stays quiet on all of these.
#include <boost/asio/post.hpp>
#include <boost/asio/thread_pool.hpp>
#include <future>
#include <pqxx/pqxx>
#include <string>

std::string describe(int id);
int checksum(int id) noexcept;

void mayThrowBeforeTheJoin(pqxx::connection &conn, boost::asio::thread_pool &pool, int id) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  boost::asio::post(pool, [&tx, id] { tx.exec0("UPDATE t SET n = " + std::to_string(id)); });
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:3: warning: task started inside transaction 'tx' is joined on some paths only; it may still be running when 'tx' is destroyed
  std::string label = describe(id);
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:23: note: 'tx' is destroyed if this call throws, while the task may still be running
  pool.join();
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:8: note: the task is joined here on other paths
  tx.commit();
}

void noexceptBeforeTheJoin(pqxx::connection &conn, boost::asio::thread_pool &pool, int id) {
  pqxx::work tx{conn};
  boost::asio::post(pool, [&tx, id] { tx.exec0("UPDATE t SET n = " + std::to_string(id)); });
  int sum = checksum(id);
  pool.join();
  tx.commit();
  (void)sum;
}

void mayThrowAfterTheJoin(pqxx::connection &conn, boost::asio::thread_pool &pool, int id) {
  pqxx::work tx{conn};
  boost::asio::post(pool, [&tx, id] { tx.exec0("UPDATE t SET n = " + std::to_string(id)); });
  pool.join();
  std::string label = describe(id);
  tx.commit();
}

// The future is declared after the transaction: unwinding destroys it
// first, and a std::async future waits for its task.
void joiningHandleUnwoundFirst(pqxx::connection &conn, int id) {
  pqxx::work tx{conn};
  auto f = std::async(std::launch::async, [&tx, id] { tx.exec0("UPDATE t SET n = " + std::to_string(id)); });
  std::string label = describe(id);
  f.get();
  tx.commit();
}
