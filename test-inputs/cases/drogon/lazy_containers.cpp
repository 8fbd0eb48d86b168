// txscope-args: -std=c++20 -isystem %S/../../stubs/drogon
// drogon::Task held in a vector runs when the vector is awaited through
// drogon::when_all (SPEC §2, "lazy task run after the end"). Against stub
// headers mirroring Drogon's (test-inputs/stubs/drogon).
#include <drogon/orm/DbClient.h>
#include <drogon/utils/coroutine.h>
#include <utility>
#include <vector>

using drogon::orm::DbClientPtr;
using drogon::orm::Transaction;

drogon::Task<void> archiveRef(Transaction &tx, int id);

drogon::Task<void> awaitedAfterRollback(DbClientPtr db, std::vector<int> ids) {
  auto tx = co_await db->newTransactionCoro();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: note: transaction 'tx' begins here
  std::vector<drogon::Task<void>> work;
  for (int id : ids)
    work.push_back(archiveRef(*tx, id));
    // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: lazy task created inside transaction 'tx' runs only when awaited, after 'tx' rolls back
  tx->rollback();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'tx' rolls back here while the task may still be running
  co_await drogon::when_all(std::move(work));
  // CHECK-MESSAGES: :[[@LINE-1]]:12: note: the lazy task is first awaited here, after the transaction ended
}

drogon::Task<void> awaitedInside(DbClientPtr db, std::vector<int> ids) {
  auto tx = co_await db->newTransactionCoro();
  std::vector<drogon::Task<void>> work;
  for (int id : ids)
    work.push_back(archiveRef(*tx, id));
  co_await drogon::when_all(std::move(work));
}
