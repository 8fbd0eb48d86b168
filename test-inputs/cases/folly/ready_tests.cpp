// txscope-args: -std=c++20 -isystem %S/../../stubs/folly
// folly::Future::isReady() tested (SPEC §1): the task is joined on the branch
// where it is true, still running on the other. Against stub headers
// mirroring folly's (test-inputs/stubs/folly) and the real libpqxx.
#include <folly/executors/CPUThreadPoolExecutor.h>
#include <folly/futures/Future.h>
#include <pqxx/pqxx>
#include <utility>

void committedWhenNotReady(pqxx::connection &conn, folly::Executor::KeepAlive<> ex) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  folly::Future<int> f = folly::via(ex, [&tx] { return tx.exec1("SELECT 1")[0].as<int>(); });
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: task started inside transaction 'tx' is only tested for having finished; it may still be running when 'tx' commits
  if (!f.isReady())
    // CHECK-MESSAGES: :[[@LINE-1]]:10: note: this test may find the task still running
    tx.commit();
    // CHECK-MESSAGES: :[[@LINE-1]]:8: note: 'tx' commits here while the task may still be running
  else
    tx.abort();
}

void waitedWhenNotReady(pqxx::connection &conn, folly::Executor::KeepAlive<> ex) {
  pqxx::work tx{conn};
  folly::Future<int> f = folly::via(ex, [&tx] { return tx.exec1("SELECT 1")[0].as<int>(); });
  if (!f.isReady())
    std::move(f).wait();
  tx.commit();
}
