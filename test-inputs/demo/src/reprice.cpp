#include <future>
#include <pqxx/pqxx>
#include <string>
#include <vector>

// Reprices every order of a customer in parallel. The futures are collected
// but only waited for after the commit: the updates race the COMMIT.
void repriceOrders(pqxx::connection &conn, const std::vector<int> &orderIds, double factor) {
  std::vector<std::future<void>> updates;
  pqxx::work tx{conn};
  for (int id : orderIds)
    updates.push_back(std::async(std::launch::async, [&tx, id, factor] {
      tx.exec0("UPDATE orders SET price = price * " + std::to_string(factor) +
               " WHERE id = " + std::to_string(id));
    }));
  tx.commit();
  for (auto &u : updates)
    u.get();
}

// The fixed version: every update finishes before the commit.
void repriceOrdersFixed(pqxx::connection &conn, const std::vector<int> &orderIds, double factor) {
  std::vector<std::future<void>> updates;
  pqxx::work tx{conn};
  for (int id : orderIds)
    updates.push_back(std::async(std::launch::async, [&tx, id, factor] {
      tx.exec0("UPDATE orders SET price = price * " + std::to_string(factor) +
               " WHERE id = " + std::to_string(id));
    }));
  for (auto &u : updates)
    u.get();
  tx.commit();
}
