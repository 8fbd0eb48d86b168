// txscope-args: -std=c++17
// SPEC §3: transactions and threads that are class members (begun in a
// constructor, joined in a destructor) are outside the function-local
// analysis: quiet. A local transaction in a member function is not.
#include <memory>
#include <pqxx/pqxx>
#include <thread>

class Reindexer {
public:
  explicit Reindexer(pqxx::connection &conn)
      : tx_(std::make_unique<pqxx::work>(conn)), worker_([this] { tx_->exec0("REINDEX TABLE a"); }) {}
  ~Reindexer() {
    worker_.join();
    tx_->commit();
  }

  void touch() { std::thread([this] { tx_->exec0("SELECT 1"); }).detach(); }

  void localTransaction(pqxx::connection &conn) {
    pqxx::work tx{conn};
    // CHECK-MESSAGES: :[[@LINE-1]]:16: note: transaction 'tx' begins here
    std::thread([&tx] { tx.exec0("UPDATE a SET b = 1"); }).detach();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: task started inside transaction 'tx' is detached; it may still be running when 'tx' commits
    // CHECK-MESSAGES: :[[@LINE-2]]:60: note: the task is detached here
    tx.commit();
    // CHECK-MESSAGES: :[[@LINE-1]]:8: note: 'tx' commits here while the task may still be running
  }

private:
  std::unique_ptr<pqxx::work> tx_;
  std::thread worker_;
};
