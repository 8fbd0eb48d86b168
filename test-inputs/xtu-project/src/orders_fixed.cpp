// The functions of orders.cpp, fixed: every task is joined before the
// transaction ends.
#include "db/transaction.h"
#include "db/utils.h"
#include <QSqlQuery>
#include <QtConcurrent>

void shipOrdersFixed(pqxx::connection &conn) {
  db::OrderTransaction tx(conn);
  auto shipped = std::async(std::launch::async, [&tx] { tx.work().exec0("UPDATE orders SET shipped = true"); });
  shipped.get();
  tx.commit();
}

void importOrdersFixed(QSqlDatabase &db) {
  db::ScopedTransaction tx(db);
  QFuture<void> rows = QtConcurrent::run([] { /* parses the file only */ });
  rows.waitForFinished();
  QSqlQuery(db).exec("INSERT INTO orders VALUES (1)");
  tx.commit();
}

void restockOrdersFixed(QSqlDatabase &db) {
  db::beginTx(db);
  QFuture<void> rows = QtConcurrent::run([] { /* computes the counts only */ });
  rows.waitForFinished();
  QSqlQuery(db).exec("UPDATE stock SET n = n + 1");
  db::commitTx(db);
}

void closeOrdersFixed(pqxx::connection &conn) {
  pqxx::work tx(conn);
  db::auditNow(tx);
  tx.commit();
}

void refreshOrdersFixed(pqxx::connection &conn) {
  pqxx::work tx(conn);
  std::vector<std::future<void>> refreshes;
  refreshes.push_back(db::startRefresh(tx));
  db::waitAll(refreshes);
  tx.commit();
}

// Defined alike in orders.cpp and orders_fixed.cpp (an inline function two
// units define): its summary is kept once whatever the order of merges.
inline std::future<void> startCount(pqxx::work &tx) {
  return std::async(std::launch::async, [&tx] { tx.exec0("SELECT count(*) FROM orders"); });
}
