#include <pqxx/pqxx>
#include <thread>

void monthlyReport(pqxx::connection &conn) {
  pqxx::work tx{conn};
  std::thread t([&tx] { tx.exec0("INSERT INTO reports SELECT 1"); });
  t.join();
  tx.commit();
}

void legacyReport(pqxx::connection &conn) {
  pqxx::work tx{conn};
  std::thread([&tx] { tx.exec0("INSERT INTO reports SELECT 2"); }).detach(); // NOLINT(txscope-task-outlives-transaction)
  tx.commit();
}
