// Included by two translation units: its finding must be reported once.
#pragma once
#include <future>
#include <pqxx/pqxx>

inline void postLedger(pqxx::connection &conn) {
  pqxx::work tx{conn};
  auto f = std::async(std::launch::async, [&tx] { tx.exec0("UPDATE ledger SET n = n + 1"); });
  tx.commit();
  f.get();
}
