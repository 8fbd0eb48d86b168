#include <pqxx/pqxx>

void vacuum(pqxx::connection &conn) {
  pqxx::nontransaction tx{conn};
  tx.exec0("VACUUM");
}
