// txscope-args: -std=c++17
// A transaction run around a callback: the body is the scope, and it ends
// when the callback returns. Declared here by annotation (an in-house API)
// and by a rule file (the same shape as mongocxx's with_transaction).
// txscope-options: RuleFiles=%S/inhouse-callbacks.yaml
#include <functional>
#include <future>
#include <thread>

namespace store {
class Tx {
public:
  void put(const char *key, int value);
};
class Db {
public:
  [[clang::annotate("txscope::transaction_callback")]] void transact(std::function<void(Tx &)> body);
  void withTransaction(std::function<void(Tx &)> body);
};
} // namespace store

void taskOutlivesCallback(store::Db &db) {
  db.transact([](store::Tx &tx) {
    // CHECK-MESSAGES: :[[@LINE-1]]:29: note: transaction 'tx' begins here
    std::thread([&tx] { tx.put("k", 1); }).detach();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: task started inside transaction 'tx' is detached; it may still be running when 'tx' ends as the callback returns
    // CHECK-MESSAGES: :[[@LINE-2]]:44: note: the task is detached here
  });
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: the transaction callback returns here, ending 'tx', while the task may still be running
}

void taskJoinedInsideCallback(store::Db &db) {
  db.transact([](store::Tx &tx) {
    auto f = std::async(std::launch::async, [&tx] { tx.put("k", 2); });
    f.get();
  });
}

void earlyReturnFromCallback(store::Db &db, bool skip) {
  db.withTransaction([skip](store::Tx &tx) {
    // CHECK-MESSAGES: :[[@LINE-1]]:40: note: transaction 'tx' begins here
    std::thread t([&tx] { tx.put("k", 3); });
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: task started inside transaction 'tx' is joined on some paths only; it may still be running when 'tx' ends as the callback returns
    if (skip)
      return;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: the transaction callback returns here, ending 'tx', while the task may still be running
    t.join();
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: the task is joined here on other paths
  });
}

void ordinaryLambdaIsNoScope(store::Tx &tx) {
  auto later = [&tx] { std::thread([&tx] { tx.put("k", 4); }).detach(); };
  later();
}
