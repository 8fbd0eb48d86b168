#include <pqxx/pqxx>
#include <thread>

// Archives old orders on a background thread that is detached: nothing waits
// for it, and it uses the connection the transaction is still running on.
void archiveOldOrders(pqxx::connection &conn, int days) {
  pqxx::work tx{conn};
  tx.exec0("DELETE FROM cart WHERE age > " + std::to_string(days));
  std::thread([&conn, days] {
    pqxx::nontransaction archive{conn};
    archive.exec0("INSERT INTO archive SELECT * FROM orders WHERE age > " + std::to_string(days));
  }).detach();
  tx.commit();
}

// Post-commit work that only uses copied data is fine.
void notifyAfterCommit(pqxx::connection &conn, int days) {
  pqxx::work tx{conn};
  tx.exec0("DELETE FROM cart WHERE age > " + std::to_string(days));
  tx.commit();
  std::thread([days] { (void)days; }).detach();
}
