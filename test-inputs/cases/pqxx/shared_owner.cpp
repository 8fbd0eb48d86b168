// txscope-args: -std=c++17
// txscope-options-STRICT: StrictMode=true
// A transaction held through a std::shared_ptr (as Drogon hands them out): a
// task holding a copy of the owner keeps it alive (quiet by default); one
// holding a reference to the owner, or the raw transaction, outlives it.
// Under StrictMode (variant STRICT) the copies are reported with their own
// message.
#include <memory>
#include <pqxx/pqxx>
#include <thread>

void copyOfOwnerExtendsIt(pqxx::connection &conn) {
  auto tx = std::make_shared<pqxx::work>(conn);
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:8: note: transaction 'tx' begins here
  std::thread([tx] { tx->exec0("UPDATE a SET b = 1"); }).detach();
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:3: warning: task started inside transaction 'tx' shares ownership of it: the task extends the transaction beyond its scope
}
// CHECK-MESSAGES-STRICT: :[[@LINE-1]]:1: note: the transaction's scope ends here, but the task keeps it open while it runs

void ownerCopiedAsArgument(pqxx::connection &conn, void (*job)(std::shared_ptr<pqxx::work>)) {
  auto tx = std::make_shared<pqxx::work>(conn);
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:8: note: transaction 'tx' begins here
  std::thread(job, tx).detach();
  // CHECK-MESSAGES-STRICT: :[[@LINE-1]]:3: warning: task started inside transaction 'tx' shares ownership of it: the task extends the transaction beyond its scope
}
// CHECK-MESSAGES-STRICT: :[[@LINE-1]]:1: note: the transaction's scope ends here, but the task keeps it open while it runs

void ownerCapturedByReference(pqxx::connection &conn) {
  auto tx = std::make_shared<pqxx::work>(conn);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: note: transaction 'tx' begins here
  std::thread([&tx] { tx->exec0("UPDATE a SET b = 2"); }).detach();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task started inside transaction 'tx' is detached; it may still be running when 'tx' is destroyed
  // CHECK-MESSAGES: :[[@LINE-2]]:59: note: the task is detached here
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: 'tx' is destroyed here, at the end of its scope, while the task may still be running

void rawTransactionCaptured(pqxx::connection &conn) {
  auto tx = std::make_shared<pqxx::work>(conn);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: note: transaction 'tx' begins here
  pqxx::work &raw = *tx;
  std::thread t([&raw] { raw.exec0("UPDATE a SET b = 3"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: task started inside transaction 'tx' may still be running when 'tx' commits
  tx->commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'tx' commits here while the task may still be running
  t.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: the task is joined only here, after the transaction ended
}

void ownerReleasedBeforeJoin(pqxx::connection &conn) {
  auto tx = std::make_shared<pqxx::work>(conn);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: note: transaction 'tx' begins here
  std::thread t([&tx] { tx->exec0("UPDATE a SET b = 4"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: task started inside transaction 'tx' may still be running when 'tx' is destroyed
  tx.reset();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' is destroyed here, at the end of its scope, while the task may still be running
  t.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: the task is joined only here, after the transaction ended
}
