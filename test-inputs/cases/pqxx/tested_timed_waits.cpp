// txscope-args: -std=c++17
// A timed wait joins only on the branch where its tested result says the
// task finished (SPEC §1); logging the timeout and carrying on to commit()
// is the bug. A loop repeating the wait until ready is a join.
#include <chrono>
#include <future>
#include <iostream>
#include <pqxx/pqxx>

using namespace std::chrono_literals;

void loadCommitsAnyway(pqxx::connection &conn) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  auto loader = std::async(std::launch::async, [&tx] { tx.exec0("SELECT 1"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: task started inside transaction 'tx' is only waited for with a timeout; it may still be running when 'tx' commits
  if (loader.wait_for(std::chrono::seconds(30)) != std::future_status::ready)
    // CHECK-MESSAGES: :[[@LINE-1]]:14: note: this timed wait may return while the task is still running
    std::cerr << "still running, committing anyway\n";
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
}

void loadWaitsOnTheNotReadyBranch(pqxx::connection &conn) {
  pqxx::work tx{conn};
  auto loader = std::async(std::launch::async, [&tx] { tx.exec0("SELECT 1"); });
  if (loader.wait_for(std::chrono::seconds(30)) != std::future_status::ready) {
    std::cerr << "still running, waiting\n";
    loader.get();
  }
  tx.commit();
}

void statusStoredThenTested(pqxx::connection &conn) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  auto f = std::async(std::launch::async, [&tx] { tx.exec0("SELECT 2"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: task started inside transaction 'tx' is only waited for with a timeout; it may still be running when 'tx' commits
  const std::future_status status = f.wait_for(1s);
  // CHECK-MESSAGES: :[[@LINE-1]]:39: note: this timed wait may return while the task is still running
  if (status == std::future_status::timeout)
    std::cerr << "timed out\n";
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
}

void statusStoredThenWaited(pqxx::connection &conn) {
  pqxx::work tx{conn};
  auto f = std::async(std::launch::async, [&tx] { tx.exec0("SELECT 2"); });
  auto status = f.wait_for(1s);
  if (!(status == std::future_status::ready))
    f.wait();
  tx.commit();
}

void committedOnlyWhenReady(pqxx::connection &conn) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  auto f = std::async(std::launch::async, [&tx] { tx.exec0("SELECT 3"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: task started inside transaction 'tx' is only waited for with a timeout; it may still be running when 'tx' rolls back
  if (f.wait_for(1s) != std::future_status::timeout) {
    // CHECK-MESSAGES: :[[@LINE-1]]:9: note: this timed wait may return while the task is still running
    tx.commit();
    return;
  }
  tx.abort();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' rolls back here while the task may still be running
}

void committedWhenReadyElseJoined(pqxx::connection &conn) {
  pqxx::work tx{conn};
  auto f = std::async(std::launch::async, [&tx] { tx.exec0("SELECT 3"); });
  if (f.wait_for(1s) != std::future_status::timeout) {
    tx.commit();
    return;
  }
  f.get();
  tx.abort();
}

void waitLoopUntilReady(pqxx::connection &conn) {
  pqxx::work tx{conn};
  auto f = std::async(std::launch::async, [&tx] { tx.exec0("SELECT 4"); });
  while (f.wait_for(100ms) != std::future_status::ready)
    std::cerr << "still loading\n";
  tx.commit();
}

void doWhileUntilReady(pqxx::connection &conn) {
  pqxx::work tx{conn};
  auto f = std::async(std::launch::async, [&tx] { tx.exec0("SELECT 5"); });
  do
    std::cerr << "waiting\n";
  while (f.wait_for(100ms) == std::future_status::timeout);
  tx.commit();
}

void breakWhenReady(pqxx::connection &conn) {
  pqxx::work tx{conn};
  auto f = std::async(std::launch::async, [&tx] { tx.exec0("SELECT 6"); });
  for (;;) {
    if (f.wait_for(100ms) == std::future_status::ready)
      break;
    std::cerr << "waiting\n";
  }
  tx.commit();
}

void loopGivesUp(pqxx::connection &conn, int attempts) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  auto f = std::async(std::launch::async, [&tx] { tx.exec0("SELECT 7"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: task started inside transaction 'tx' is joined by the destructor of 'f' only after 'tx' commits
  // (With no attempt left the loop does not wait at all: the nearest bad path.)
  for (int i = 0; i < attempts && f.wait_for(100ms) != std::future_status::ready; ++i)
    std::cerr << "waiting\n";
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: 'f' is destroyed here and joins the task, after the transaction ended

void loopGivesUpAfterWaiting(pqxx::connection &conn, int attempts) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  auto f = std::async(std::launch::async, [&tx] { tx.exec0("SELECT 8"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: task started inside transaction 'tx' is only waited for with a timeout; it may still be running when 'tx' commits
  int i = 0;
  while (f.wait_for(100ms) != std::future_status::ready && ++i < attempts)
    // CHECK-MESSAGES: :[[@LINE-1]]:12: note: this timed wait may return while the task is still running
    std::cerr << "waiting\n";
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
}
