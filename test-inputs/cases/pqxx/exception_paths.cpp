// txscope-args: -std=c++17
// An explicit throw caught by a handler of the same function destroys the
// locals between the throw and the handler (SPEC §4: "its destruction (...
// exception)"): a transaction destroyed on the way ends there. The CFG has
// no destructors on that edge; the engine models them.
#include <boost/asio/post.hpp>
#include <boost/asio/thread_pool.hpp>
#include <future>
#include <iostream>
#include <pqxx/pqxx>
#include <stdexcept>

void thrownPastTheTransaction(pqxx::connection &conn, boost::asio::thread_pool &pool, bool bad) {
  try {
    pqxx::work tx{conn};
    // CHECK-MESSAGES: :[[@LINE-1]]:16: note: transaction 'tx' begins here
    boost::asio::post(pool, [&tx] { tx.exec0("UPDATE t SET n = n + 1"); });
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: task started inside transaction 'tx' is joined on some paths only; it may still be running when 'tx' is destroyed
    if (bad)
      throw std::runtime_error("bad input");
      // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'tx' is destroyed when the exception thrown here propagates, while the task may still be running
    pool.join();
    // CHECK-MESSAGES: :[[@LINE-1]]:10: note: the task is joined here on other paths
    tx.commit();
  } catch (const std::exception &e) {
    std::cerr << e.what() << '\n';
  }
}

void joinedBeforeThrowing(pqxx::connection &conn, boost::asio::thread_pool &pool, bool bad) {
  try {
    pqxx::work tx{conn};
    boost::asio::post(pool, [&tx] { tx.exec0("UPDATE t SET n = n + 1"); });
    if (bad) {
      pool.join();
      throw std::runtime_error("bad input");
    }
    pool.join();
    tx.commit();
  } catch (const std::exception &e) {
    std::cerr << e.what() << '\n';
  }
}

// Unwinding destroys the future first (declared after the transaction), and
// a std::async future waits for its task: joined before 'tx' is destroyed.
void joiningFutureUnwoundFirst(pqxx::connection &conn, bool bad) {
  try {
    pqxx::work tx{conn};
    auto f = std::async(std::launch::async, [&tx] { tx.exec0("UPDATE t SET n = 2"); });
    if (bad)
      throw std::runtime_error("bad input");
    f.get();
    tx.commit();
  } catch (const std::exception &e) {
    std::cerr << e.what() << '\n';
  }
}

// The future declared before the transaction is destroyed after it.
void joiningFutureUnwoundLast(pqxx::connection &conn, bool bad) {
  try {
    std::future<void> f;
    pqxx::work tx{conn};
    // CHECK-MESSAGES: :[[@LINE-1]]:16: note: transaction 'tx' begins here
    f = std::async(std::launch::async, [&tx] { tx.exec0("UPDATE t SET n = 3"); });
    // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: task started inside transaction 'tx' is joined by the destructor of 'f' only after 'tx' is destroyed
    if (bad)
      throw std::runtime_error("bad input");
      // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'tx' is destroyed when the exception thrown here propagates, while the task may still be running
      // CHECK-MESSAGES: :[[@LINE-2]]:7: note: 'f' is destroyed here and joins the task, after the transaction ended
    f.get();
    tx.commit();
  } catch (const std::exception &e) {
    std::cerr << e.what() << '\n';
  }
}

// A transaction declared outside the try is not destroyed by the throw; the
// handler joins before the function ends it.
void transactionOutsideTheTry(pqxx::connection &conn, boost::asio::thread_pool &pool, bool bad) {
  pqxx::work tx{conn};
  try {
    boost::asio::post(pool, [&tx] { tx.exec0("UPDATE t SET n = 4"); });
    if (bad)
      throw std::runtime_error("bad input");
    pool.join();
    tx.commit();
  } catch (const std::exception &e) {
    pool.join();
    std::cerr << e.what() << '\n';
  }
}
