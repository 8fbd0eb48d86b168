#pragma once
// Transaction wrappers whose bodies live in src/transaction.cpp: a unit that
// only includes this header sees no begin and no end.
#include <QSqlDatabase>
#include <memory>
#include <pqxx/pqxx>

namespace db {

/// A libpqxx transaction owned through a pointer the constructor fills.
class OrderTransaction {
public:
  explicit OrderTransaction(pqxx::connection &conn);
  ~OrderTransaction();
  void commit();
  pqxx::work &work() { return *m_work; }

private:
  std::unique_ptr<pqxx::work> m_work;
};

/// A Qt transaction: begun by the constructor, rolled back by the
/// destructor unless committed.
class ScopedTransaction {
public:
  explicit ScopedTransaction(QSqlDatabase &db);
  ~ScopedTransaction();
  bool commit();

private:
  QSqlDatabase &m_db;
  bool m_done = false;
};

} // namespace db
