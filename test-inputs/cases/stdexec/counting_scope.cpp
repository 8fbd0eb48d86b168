// txscope-args: -std=c++20 -isystem %S/../../stubs/stdexec
// stdexec async scopes with libpqxx transactions, against stub headers
// mirroring stdexec (test-inputs/stubs/stdexec).
#include <exec/async_scope.hpp>
#include <exec/static_thread_pool.hpp>
#include <pqxx/pqxx>
#include <stdexec/execution.hpp>

void spawnJoinedInside(pqxx::connection &conn, exec::static_thread_pool &pool) {
  pqxx::work tx{conn};
  stdexec::counting_scope scope;
  stdexec::spawn(stdexec::schedule(pool.get_scheduler()) | stdexec::then([&tx]() noexcept { tx.exec0("UPDATE a SET b = 1"); }),
                 scope.get_token());
  stdexec::sync_wait(scope.join());
  tx.commit();
}

void spawnJoinedAfterCommit(pqxx::connection &conn, exec::static_thread_pool &pool,
                            stdexec::counting_scope &scope) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  stdexec::spawn(stdexec::schedule(pool.get_scheduler()) | stdexec::then([&tx]() noexcept { tx.exec0("UPDATE a SET b = 2"); }),
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task started inside transaction 'tx' may still be running when 'tx' commits
                 scope.get_token());
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
  stdexec::sync_wait(scope.join());
  // CHECK-MESSAGES: :[[@LINE-1]]:28: note: the task is joined only here, after the transaction ended
}

void spawnNotTouchingTransaction(pqxx::connection &conn, exec::static_thread_pool &pool,
                                 stdexec::counting_scope &scope, int &counter) {
  pqxx::work tx{conn};
  stdexec::spawn(stdexec::schedule(pool.get_scheduler()) | stdexec::then([&counter]() noexcept { ++counter; }),
                 scope.get_token());
  tx.commit();
}

void asyncScopeOnEmptyInside(pqxx::connection &conn, exec::static_thread_pool &pool) {
  pqxx::work tx{conn};
  exec::async_scope scope;
  scope.spawn(stdexec::schedule(pool.get_scheduler()) | stdexec::then([&tx]() noexcept { tx.exec0("UPDATE a SET b = 3"); }));
  stdexec::sync_wait(scope.on_empty());
  tx.commit();
}

void asyncScopeNeverWaited(pqxx::connection &conn, exec::static_thread_pool &pool, exec::async_scope &scope) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  scope.spawn(stdexec::schedule(pool.get_scheduler()) | stdexec::then([&tx]() noexcept { tx.exec0("UPDATE a SET b = 4"); }));
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: task started inside transaction 'tx' is never joined; it may still be running when 'tx' commits
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
}
