// txscope-args: -std=c++17
// What binds a task to a transaction: std::ref, member-function pointers and
// objects holding the transaction, results obtained from it, its connection.
#include <functional>
#include <future>
#include <pqxx/pqxx>
#include <thread>

void save(pqxx::work &tx, int id);

void refArgumentJoinedLate(pqxx::connection &conn) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  std::thread t(save, std::ref(tx), 7);
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: task started inside transaction 'tx' may still be running when 'tx' commits
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
  t.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: the task is joined only here, after the transaction ended
}

void refArgumentJoinedInside(pqxx::connection &conn) {
  pqxx::work tx{conn};
  std::thread t(save, std::ref(tx), 7);
  t.join();
  tx.commit();
}

struct Repository {
  pqxx::work &tx;
  void store() { tx.exec0("INSERT INTO r VALUES (1)"); }
};

void memberFunctionPointerOnHolder(pqxx::connection &conn) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  Repository repo{tx};
  auto f = std::async(std::launch::async, &Repository::store, &repo);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: task started inside transaction 'tx' is joined by the destructor of 'f' only after 'tx' commits
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: 'f' is destroyed here and joins the task, after the transaction ended

void resultViewUsedByTask(pqxx::connection &conn) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  pqxx::result rows = tx.exec("SELECT id FROM t");
  std::thread t([&rows] { (void)rows.size(); });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: task started inside transaction 'tx' may still be running when 'tx' commits
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
  t.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: the task is joined only here, after the transaction ended
}

void connectionUsedByTask(pqxx::connection &conn) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  std::thread t([&conn] { pqxx::nontransaction other{conn}; other.exec0("SELECT 1"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: task started inside transaction 'tx' may still be running when 'tx' commits
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
  t.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: the task is joined only here, after the transaction ended
}

void taskOpensItsOwnConnection(pqxx::connection &conn, const std::string &dsn) {
  pqxx::work tx{conn};
  std::thread t([dsn] {
    pqxx::connection own{dsn};
    pqxx::work mine{own};
    mine.exec0("UPDATE audit SET n = n + 1");
    mine.commit();
  });
  tx.commit();
  t.join();
}

void defaultCaptureUsesOnlyWhatItNames(pqxx::connection &conn, int n) {
  pqxx::work tx{conn};
  int doubled = 0;
  std::thread t([&] { doubled = n * 2; });
  tx.commit();
  t.join();
}

void defaultCaptureNamingTx(pqxx::connection &conn) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  std::thread t([&] { tx.exec0("SELECT 1"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: task started inside transaction 'tx' may still be running when 'tx' rolls back
  tx.abort();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' rolls back here while the task may still be running
  t.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: the task is joined only here, after the transaction ended
}

void postCommitHookWithCopiedData(pqxx::connection &conn) {
  pqxx::work tx{conn};
  int id = tx.exec1("SELECT 42")[0].as<int>();
  tx.commit();
  std::thread([id] { (void)id; }).detach();
}
