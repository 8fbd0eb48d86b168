#pragma once
// Helpers whose bodies live in src/db_utils.cpp.
#include <QSqlDatabase>
#include <future>
#include <pqxx/pqxx>
#include <vector>

namespace db {
void beginTx(QSqlDatabase &db);
bool commitTx(QSqlDatabase &db);
/// Starts an audit on the transaction and returns at once (detached).
void auditLater(pqxx::work &tx);
/// Audits on the transaction and waits for it.
void auditNow(pqxx::work &tx);
/// Starts a refresh and returns its handle.
std::future<void> startRefresh(pqxx::work &tx);
/// Waits for every task in \p tasks.
void waitAll(std::vector<std::future<void>> &tasks);
} // namespace db
