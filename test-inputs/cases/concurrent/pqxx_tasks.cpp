// txscope-args: -std=c++17
// SPEC §2b with libpqxx: one connection and everything on it is used by one
// thread at a time. Each bug has its fixed twin below it.
#include <future>
#include <mutex>
#include <pqxx/pqxx>
#include <thread>
#include <vector>

void modify_tournament(pqxx::work &tx, int id);
void modify_tournament_alone(const std::string &url, int id);

// The seed's fixed version: every task joined before the commit (quiet for
// the first check), but the tasks run at once on one transaction.
void rename_all(pqxx::connection &conn) {
  std::vector<std::future<void>> tasks;
  pqxx::work tx{conn};
  for (const auto &row : tx.exec("SELECT id FROM tournament")) {
    int id = row[0].as<int>();
    tasks.push_back(std::async(std::launch::async, [&tx, id] { modify_tournament(tx, id); }));
    // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: task started here in a loop may use 'tx' at the same time as the task started by an earlier iteration [txscope-concurrent-transaction-use]
    // CHECK-MESSAGES: :[[@LINE-2]]:82: note: 'tx' is used here by the task
  }
  for (auto &t : tasks) t.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: the tasks are joined only here, after the loop
  tx.commit();
}

// One connection per task: quiet for both checks.
void rename_all_per_connection(pqxx::connection &conn, const std::string &url) {
  std::vector<std::future<void>> tasks;
  pqxx::work tx{conn};
  for (const auto &row : tx.exec("SELECT id FROM tournament")) {
    int id = row[0].as<int>();
    tasks.push_back(std::async(std::launch::async, [url, id] { modify_tournament_alone(url, id); }));
  }
  for (auto &t : tasks) t.get();
  tx.commit();
}

// Joined in each iteration: a sequential hand-off.
void rename_one_at_a_time(pqxx::connection &conn) {
  pqxx::work tx{conn};
  for (int id : {1, 2, 3}) {
    auto f = std::async(std::launch::async, [&tx, id] { modify_tournament(tx, id); });
    f.get();
  }
  tx.commit();
}

// Two tasks, both started before either is joined.
void two_tasks(pqxx::work &tx) {
  auto a = std::async(std::launch::async, [&tx] { tx.exec0("UPDATE a SET n = n + 1"); });
  auto b = std::async(std::launch::async, [&tx] { tx.exec0("UPDATE b SET n = n + 1"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: task started here may use 'tx' at the same time as another task using it [txscope-concurrent-transaction-use]
  // CHECK-MESSAGES: :[[@LINE-3]]:12: note: the other task is started here and may still be running
  // CHECK-MESSAGES: :[[@LINE-3]]:51: note: 'tx' is used here by the task
  a.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: that task is joined only here
  b.get();
}

void two_tasks_in_turn(pqxx::work &tx) {
  auto a = std::async(std::launch::async, [&tx] { tx.exec0("UPDATE a SET n = n + 1"); });
  a.get();
  auto b = std::async(std::launch::async, [&tx] { tx.exec0("UPDATE b SET n = n + 1"); });
  b.get();
}

// The starting code uses the transaction while the task runs.
void starter_uses(pqxx::work &tx) {
  auto f = std::async(std::launch::async, [&tx] { tx.exec0("UPDATE a SET n = 1"); });
  tx.exec0("UPDATE b SET n = 2");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'tx' is used here while a task using it may still be running [txscope-concurrent-transaction-use]
  // CHECK-MESSAGES: :[[@LINE-3]]:12: note: the task using 'tx' is started here
  f.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: the task is joined only here
}

void starter_uses_after_join(pqxx::work &tx) {
  auto f = std::async(std::launch::async, [&tx] { tx.exec0("UPDATE a SET n = 1"); });
  f.get();
  tx.exec0("UPDATE b SET n = 2");
}

// Deferred: runs in the thread that joins it.
void deferred(pqxx::work &tx) {
  auto f = std::async(std::launch::deferred, [&tx] { tx.exec0("UPDATE a SET n = 1"); });
  tx.exec0("UPDATE b SET n = 2");
  f.get();
}

// A task on the connection while the starter opens a transaction on it.
void starter_opens_transaction(pqxx::connection &conn) {
  std::thread reader([&conn] { pqxx::nontransaction n{conn}; n.exec("SELECT 1"); });
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'conn' is used here while a task using it may still be running [txscope-concurrent-transaction-use]
  // CHECK-MESSAGES: :[[@LINE-3]]:15: note: the task using 'conn' is started here
  tx.exec0("UPDATE a SET n = 1");
  tx.commit();
  reader.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: note: the task is joined only here
}

// A mutex held over every use serialises them; over one side only it does not.
std::mutex tx_mutex;
void locked_both(pqxx::work &tx) {
  std::thread t([&tx] {
    std::lock_guard<std::mutex> lock(tx_mutex);
    tx.exec0("UPDATE a SET n = 1");
  });
  {
    std::lock_guard<std::mutex> lock(tx_mutex);
    tx.exec0("UPDATE b SET n = 2");
  }
  t.join();
}

void locked_in_task_only(pqxx::work &tx) {
  std::thread t([&tx] {
    std::scoped_lock lock(tx_mutex);
    tx.exec0("UPDATE a SET n = 1");
  });
  tx.exec0("UPDATE b SET n = 2");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'tx' is used here while a task using it may still be running [txscope-concurrent-transaction-use]
  // CHECK-MESSAGES: :[[@LINE-6]]:15: note: the task using 'tx' is started here
  t.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: the task is joined only here
}

// Threads that each open their own nontransaction on one shared member
// connection ("Started new transaction while transaction was still active").
class Importer {
public:
  void run() {
    std::thread a([this] { pqxx::nontransaction n{conn_}; n.exec("SELECT 1"); });
    std::thread b([this] { pqxx::nontransaction n{conn_}; n.exec("SELECT 2"); });
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: task started here may use 'conn_' at the same time as another task using it [txscope-concurrent-transaction-use]
    // CHECK-MESSAGES: :[[@LINE-3]]:17: note: the other task is started here and may still be running
    // CHECK-MESSAGES: :[[@LINE-3]]:51: note: 'conn_' is used here by the task
    a.join();
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: that task is joined only here
    b.join();
  }

  void run_with_own_connections(const std::string &url) {
    std::thread a([url] { pqxx::connection c{url}; pqxx::nontransaction n{c}; n.exec("SELECT 1"); });
    std::thread b([url] { pqxx::connection c{url}; pqxx::nontransaction n{c}; n.exec("SELECT 2"); });
    a.join();
    b.join();
  }

private:
  pqxx::connection conn_;
};
