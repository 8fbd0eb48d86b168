#include "ledger.h"
#include <future>

void restock(pqxx::connection &conn) {
  pqxx::work tx{conn};
  auto f = std::async(std::launch::async, [&tx] { tx.exec0("UPDATE stock SET n = 10"); });
  tx.commit();
  f.wait();
}

void inventoryRun(pqxx::connection &conn) { postLedger(conn); }
