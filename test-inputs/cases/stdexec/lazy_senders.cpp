// txscope-args: -std=c++20 -isystem %S/../../stubs/stdexec
// stdexec senders with libpqxx transactions, against stub headers mirroring
// stdexec (test-inputs/stubs/stdexec): a sender built by an adaptor given a
// callable (then, let_value) is lazy: it runs when sync_wait-ed, awaited or
// started; exec::ensure_started starts one at once and returns the sender
// that joins it.
#include <exec/ensure_started.hpp>
#include <exec/start_detached.hpp>
#include <exec/static_thread_pool.hpp>
#include <exec/task.hpp>
#include <pqxx/pqxx>
#include <stdexec/execution.hpp>
#include <utility>

void senderWaitedInside(pqxx::connection &conn, exec::static_thread_pool &pool) {
  pqxx::work tx{conn};
  auto work = stdexec::schedule(pool.get_scheduler()) | stdexec::then([&tx] { return tx.exec1("SELECT 1")[0].as<int>(); });
  auto [n] = stdexec::sync_wait(std::move(work)).value();
  (void)n;
  tx.commit();
}

void senderWaitedAfterCommit(pqxx::connection &conn, exec::static_thread_pool &pool) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  auto work = stdexec::schedule(pool.get_scheduler()) | stdexec::then([&tx] { return tx.exec1("SELECT 2")[0].as<int>(); });
  // CHECK-MESSAGES: :[[@LINE-1]]:57: warning: lazy task created inside transaction 'tx' runs only when awaited, after 'tx' commits
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
  auto [n] = stdexec::sync_wait(std::move(work)).value();
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: the lazy task is first awaited here, after the transaction ended
  (void)n;
}

// The callable is the sender's first piece; later adaptors keep it.
void adaptedSenderWaitedAfterCommit(pqxx::connection &conn) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  auto read = stdexec::then(stdexec::just(), [&tx] { return tx.exec1("SELECT 3")[0].as<int>(); });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: lazy task created inside transaction 'tx' runs only when awaited, after 'tx' commits
  auto doubled = std::move(read) | stdexec::then([](int v) { return 2 * v; });
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
  stdexec::sync_wait(std::move(doubled));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: the lazy task is first awaited here, after the transaction ended
}

void senderNeverRun(pqxx::connection &conn) {
  pqxx::work tx{conn};
  auto read = stdexec::then(stdexec::just(), [&tx] { return tx.exec1("SELECT 4")[0].as<int>(); });
  (void)read;
  tx.commit();
}

void senderNotTouchingTransactionWaitedAfterCommit(pqxx::connection &conn, int &counter) {
  pqxx::work tx{conn};
  auto bump = stdexec::then(stdexec::just(), [&counter] { return ++counter; });
  tx.commit();
  stdexec::sync_wait(std::move(bump));
}

// Started detached after the commit: it runs after the transaction ended.
void senderStartedDetachedAfterCommit(pqxx::connection &conn, exec::static_thread_pool &pool) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  auto work = stdexec::schedule(pool.get_scheduler()) | stdexec::then([&tx]() noexcept { tx.exec0("UPDATE a SET b = 1"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:57: warning: lazy task created inside transaction 'tx' runs only when awaited, after 'tx' commits
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
  exec::start_detached(std::move(work));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: the lazy task is first awaited here, after the transaction ended
}

void senderStartedDetachedInside(pqxx::connection &conn, exec::static_thread_pool &pool) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  auto work = stdexec::schedule(pool.get_scheduler()) | stdexec::then([&tx]() noexcept { tx.exec0("UPDATE a SET b = 2"); });
  exec::start_detached(std::move(work));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task started inside transaction 'tx' is detached; it may still be running when 'tx' commits
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
}

void ensureStartedWaitedInside(pqxx::connection &conn, exec::static_thread_pool &pool) {
  pqxx::work tx{conn};
  auto running = exec::ensure_started(stdexec::schedule(pool.get_scheduler()) |
                                      stdexec::then([&tx] { return tx.exec1("SELECT 5")[0].as<int>(); }));
  stdexec::sync_wait(std::move(running));
  tx.commit();
}

void ensureStartedWaitedAfterCommit(pqxx::connection &conn, exec::static_thread_pool &pool) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  auto running = exec::ensure_started(stdexec::schedule(pool.get_scheduler()) |
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: task started inside transaction 'tx' may still be running when 'tx' commits
                                      stdexec::then([&tx] { return tx.exec1("SELECT 6")[0].as<int>(); }));
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
  stdexec::sync_wait(std::move(running));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: the task is joined only here, after the transaction ended
}

void ensureStartedDropped(pqxx::connection &conn, exec::static_thread_pool &pool) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  auto running = exec::ensure_started(stdexec::schedule(pool.get_scheduler()) |
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: task started inside transaction 'tx' is never joined; it may still be running when 'tx' commits
                                      stdexec::then([&tx] { return tx.exec1("SELECT 7")[0].as<int>(); }));
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: 'running' is destroyed here without waiting for the task

exec::task<void> senderAwaitedInside(pqxx::connection &conn) {
  pqxx::work tx{conn};
  auto read = stdexec::then(stdexec::just(), [&tx] { return tx.exec1("SELECT 8")[0].as<int>(); });
  co_await std::move(read);
  tx.commit();
}

exec::task<void> senderAwaitedAfterCommit(pqxx::connection &conn) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  auto read = stdexec::then(stdexec::just(), [&tx] { return tx.exec1("SELECT 9")[0].as<int>(); });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: lazy task created inside transaction 'tx' runs only when awaited, after 'tx' commits
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
  co_await std::move(read);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: the lazy task is first awaited here, after the transaction ended
}
