// txscope-args: -std=c++20 -isystem %S/../../stubs/drogon
// txscope-checks: txscope-concurrent-transaction-use
// SPEC §2b with Drogon's ORM (stub headers mirroring Drogon's,
// test-inputs/stubs/drogon): a DbClient and a Transaction queue the SQL
// they are given (the pack says `concurrent-use: serialised`), so every
// shape below — which with libpqxx or SOCI would be reported — is quiet.
#include <drogon/orm/DbClient.h>
#include <future>
#include <memory>
#include <string>
#include <thread>
#include <vector>

using drogon::orm::DbClientPtr;
using drogon::orm::Transaction;

// Two tasks on one client, both started before either is joined.
void twoTasksOnClient(DbClientPtr db) {
  auto a = std::async(std::launch::async, [db] { db->execSqlSync("UPDATE a SET n = 1"); });
  auto b = std::async(std::launch::async, [db] { db->execSqlSync("UPDATE b SET n = 2"); });
  a.get();
  b.get();
}

// Two tasks on one transaction.
void twoTasksOnTransaction(DbClientPtr db) {
  std::shared_ptr<Transaction> tx = db->newTransaction();
  auto a = std::async(std::launch::async, [&tx] { tx->execSqlSync("UPDATE a SET n = 1"); });
  auto b = std::async(std::launch::async, [&tx] { tx->execSqlSync("UPDATE b SET n = 2"); });
  a.get();
  b.get();
}

// One thread per id, joined after the loop.
void threadPerId(DbClientPtr db, const std::vector<int> &ids) {
  std::vector<std::thread> workers;
  for (int id : ids)
    workers.emplace_back([db, id] { db->execSqlSync("DELETE FROM live WHERE id = $1", id); });
  for (std::thread &w : workers)
    w.join();
}

// The starter queues SQL while a task does too.
void starterUses(DbClientPtr db) {
  std::thread t([db] { db->execSqlSync("UPDATE a SET n = 1"); });
  db->execSqlAsync(
      "UPDATE b SET n = 2", [](const drogon::orm::Result &) {}, [](const drogon::orm::DrogonDbException &) {});
  t.join();
}

// Threads on one member client reached through `this`.
class Service {
public:
  void run() {
    std::thread a([this] { db_->execSqlSync("UPDATE a SET n = 1"); });
    std::thread b([this] { auto tx = db_->newTransaction(); tx->execSqlSync("UPDATE b SET n = 2"); });
    a.join();
    b.join();
  }

private:
  DbClientPtr db_;
};

// A namespace-scope client used by two threads.
DbClientPtr globalDb;
void globalClient() {
  std::thread a([] { globalDb->execSqlSync("UPDATE a SET n = 1"); });
  std::thread b([] { globalDb->execSqlSync("UPDATE b SET n = 2"); });
  a.join();
  b.join();
}
