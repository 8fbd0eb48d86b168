// txscope-args: -std=c++17 -isystem %S/../../stubs/userver
// userver's YDB transaction (ydb::TableClient::Begin), against stub headers
// mirroring userver's (test-inputs/stubs/userver). Its own file: the real
// userver/ydb headers need the YDB C++ SDK, which tools/check-stubs cannot
// always get, and the other userver cases should not depend on it.
#include <userver/utils/async.hpp>
#include <userver/ydb/table.hpp>
#include <utility>

void ydbTaskDetached(userver::ydb::TableClient &table, int id) {
  auto trx = table.Begin("audit");
  // CHECK-MESSAGES: :[[@LINE-1]]:8: note: transaction 'trx' begins here
  auto task = userver::utils::Async("audit", [&trx, id] { trx.Execute("UPSERT INTO audit (id) VALUES ($id)", "$id", id); });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: task started inside transaction 'trx' is detached; it may still be running when 'trx' rolls back
  std::move(task).Detach();
  // CHECK-MESSAGES: :[[@LINE-1]]:19: note: the task is detached here
  trx.Rollback();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'trx' rolls back here while the task may still be running
}

void ydbTaskWaitedInside(userver::ydb::TableClient &table, int id) {
  auto trx = table.Begin("audit");
  auto task = userver::utils::Async("audit", [&trx, id] { trx.Execute("UPSERT INTO audit (id) VALUES ($id)", "$id", id); });
  task.Wait();
  trx.Commit();
}
