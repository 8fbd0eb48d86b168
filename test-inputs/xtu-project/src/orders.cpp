// Each function has a twin in orders_fixed.cpp that is quiet.
#include "db/transaction.h"
#include "db/utils.h"
#include <QSqlQuery>
#include <QtConcurrent>

// The wrapper's constructor begins a transaction in another unit.
void shipOrders(pqxx::connection &conn) {
  db::OrderTransaction tx(conn);
  auto shipped = std::async(std::launch::async, [&tx] { tx.work().exec0("UPDATE orders SET shipped = true"); });
  tx.commit();
  shipped.get();
}

void importOrders(QSqlDatabase &db) {
  db::ScopedTransaction tx(db);
  QFuture<void> rows = QtConcurrent::run([&db] { QSqlQuery(db).exec("INSERT INTO orders VALUES (1)"); });
  tx.commit();
  rows.waitForFinished();
}

// Helpers begin and commit in another unit.
void restockOrders(QSqlDatabase &db) {
  db::beginTx(db);
  QFuture<void> rows = QtConcurrent::run([&db] { QSqlQuery(db).exec("UPDATE stock SET n = n + 1"); });
  db::commitTx(db);
  rows.waitForFinished();
}

// A helper in another unit leaves a task running on the transaction.
void closeOrders(pqxx::connection &conn) {
  pqxx::work tx(conn);
  db::auditLater(tx);
  tx.commit();
}

// A helper in another unit returns the handle of a task it started.
void refreshOrders(pqxx::connection &conn) {
  pqxx::work tx(conn);
  std::future<void> refresh = db::startRefresh(tx);
  tx.commit();
  refresh.get();
}

// Defined alike in orders.cpp and orders_fixed.cpp (an inline function two
// units define): its summary is kept once whatever the order of merges.
inline std::future<void> startCount(pqxx::work &tx) {
  return std::async(std::launch::async, [&tx] { tx.exec0("SELECT count(*) FROM orders"); });
}
