// txscope-args: -std=c++17
// txscope-only: clang-tidy
// Configured by the .clang-tidy beside it: Packs=std plus rules/inhouse.yaml.
#include <functional>
#include <future>

namespace inhouse {
class Connection {};
class Transaction {
public:
  explicit Transaction(Connection &c) : conn(c) {}
  void Execute(const char *sql);
  void Commit();
  void Rollback();
private:
  Connection &conn;
};
void RunLater(std::function<void()> job);
} // namespace inhouse

void refreshCache(inhouse::Connection &conn) {
  inhouse::Transaction tx(conn);
  // CHECK-MESSAGES: :[[@LINE-1]]:24: note: transaction 'tx' begins here
  inhouse::RunLater([&tx] { tx.Execute("REFRESH MATERIALIZED VIEW cache"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task started inside transaction 'tx' is detached; it may still be running when 'tx' commits
  tx.Commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
}

void refreshCacheJoined(inhouse::Connection &conn) {
  inhouse::Transaction tx(conn);
  auto f = std::async(std::launch::async, [&tx] { tx.Execute("REFRESH MATERIALIZED VIEW cache"); });
  f.get();
  tx.Commit();
}
