// txscope-args: -std=c++17
// SPEC §2b with a tested timed wait (SPEC §1): the task is finished only on
// the branch where the wait says ready; using the transaction on the other
// branch is a concurrent use. A loop repeating the wait until ready joins.
#include <chrono>
#include <future>
#include <pqxx/pqxx>

using namespace std::chrono_literals;

void usedWhenNotReady(pqxx::work &tx) {
  auto f = std::async(std::launch::async, [&tx] { tx.exec0("UPDATE a SET n = 1"); });
  if (f.wait_for(1s) != std::future_status::ready)
    tx.exec0("UPDATE b SET n = 2");
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'tx' is used here while a task using it may still be running [txscope-concurrent-transaction-use]
    // CHECK-MESSAGES: :[[@LINE-4]]:12: note: the task using 'tx' is started here
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: the task is joined only here

void usedWhenReady(pqxx::work &tx) {
  auto f = std::async(std::launch::async, [&tx] { tx.exec0("UPDATE a SET n = 1"); });
  if (f.wait_for(1s) == std::future_status::ready)
    tx.exec0("UPDATE b SET n = 2");
}

void usedAfterWaitingUntilReady(pqxx::work &tx) {
  auto f = std::async(std::launch::async, [&tx] { tx.exec0("UPDATE a SET n = 1"); });
  while (f.wait_for(100ms) != std::future_status::ready) {
  }
  tx.exec0("UPDATE b SET n = 2");
}
