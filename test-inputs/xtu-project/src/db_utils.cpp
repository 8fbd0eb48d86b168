#include "db/utils.h"
#include <thread>

namespace db {

void beginTx(QSqlDatabase &db) { db.transaction(); }
bool commitTx(QSqlDatabase &db) { return db.commit(); }

void auditLater(pqxx::work &tx) {
  std::thread([&tx] { tx.exec0("INSERT INTO audit SELECT * FROM orders"); }).detach();
}

void auditNow(pqxx::work &tx) {
  std::thread audit([&tx] { tx.exec0("INSERT INTO audit SELECT * FROM orders"); });
  audit.join();
}

std::future<void> startRefresh(pqxx::work &tx) {
  return std::async(std::launch::async, [&tx] { tx.exec0("REFRESH MATERIALIZED VIEW totals"); });
}

void waitAll(std::vector<std::future<void>> &tasks) {
  for (std::future<void> &task : tasks)
    task.wait();
}

} // namespace db
