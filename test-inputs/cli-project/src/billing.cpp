#include "ledger.h"
#include <thread>

void chargeCustomers(pqxx::connection &conn) {
  pqxx::work tx{conn};
  std::thread([&tx] { tx.exec0("UPDATE invoices SET paid = true"); }).detach();
  tx.commit();
}

void billingRun(pqxx::connection &conn) { postLedger(conn); }
