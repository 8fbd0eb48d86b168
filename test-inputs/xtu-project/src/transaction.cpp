#include "db/transaction.h"

namespace db {

OrderTransaction::OrderTransaction(pqxx::connection &conn) : m_work(std::make_unique<pqxx::work>(conn)) {}
OrderTransaction::~OrderTransaction() = default;
void OrderTransaction::commit() { m_work->commit(); }

ScopedTransaction::ScopedTransaction(QSqlDatabase &db) : m_db(db) { m_db.transaction(); }
ScopedTransaction::~ScopedTransaction() {
  if (!m_done)
    m_db.rollback();
}
bool ScopedTransaction::commit() {
  m_done = m_db.commit();
  return m_done;
}

} // namespace db
