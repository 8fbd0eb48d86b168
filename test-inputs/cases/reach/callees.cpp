// txscope-args: -std=c++17
// SPEC §2 *Across functions*: a function that receives the transaction or
// its connection (a parameter, a member of `this`) and leaves a task running
// on it when it returns. Called inside a transaction scope, the warning sits
// on the start in the callee (once per location), with notes at the call
// and at the caller's transaction. Each shape with its quiet twin.
#include <future>
#include <pqxx/pqxx>
#include <string>
#include <thread>

void notifyLater(pqxx::work &tx, int id) {
  std::thread([&tx, id] { tx.exec0("UPDATE jobs SET seen = true WHERE id = " + std::to_string(id)); }).detach();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task started inside transaction 'tx' through the call to 'notifyLater' is detached; it may still be running when 'tx' commits
  // CHECK-MESSAGES: :[[@LINE-2]]:104: note: the task is detached here
}

void process(pqxx::connection &c) {
  pqxx::work tx{c};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  notifyLater(tx, 7);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: 'notifyLater' is called here, inside the transaction, and returns while the task may still be running
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
}

// Not inside a transaction: nothing to outlive.
void processOutside(pqxx::work &tx) { notifyLater(tx, 8); }

// Joined before the callee returns: quiet at every call.
void auditJoined(pqxx::work &tx) {
  std::thread t([&tx] { tx.exec0("INSERT INTO audit VALUES (1)"); });
  t.join();
}

void processJoined(pqxx::connection &c) {
  pqxx::work tx{c};
  auditJoined(tx);
  tx.commit();
}

// The callee is given the connection; the task opens its own transaction on
// it while the caller's is still open (SPEC §3: connection-bound).
void refreshAsync(pqxx::connection &c) {
  std::thread([&c] { pqxx::nontransaction n{c}; n.exec0("REFRESH MATERIALIZED VIEW v"); }).detach();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task started inside transaction 'tx' through the call to 'refreshAsync' is detached; it may still be running when 'tx' commits
  // CHECK-MESSAGES: :[[@LINE-2]]:92: note: the task is detached here
}

void processThenRefresh(pqxx::connection &c) {
  pqxx::work tx{c};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  refreshAsync(c);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: 'refreshAsync' is called here, inside the transaction, and returns while the task may still be running
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
}

// Refreshing after the commit: the transaction is over, quiet.
void commitThenRefresh(pqxx::connection &c) {
  {
    pqxx::work tx{c};
    tx.commit();
  }
  refreshAsync(c);
}

// The handle escapes the callee into a member.
struct Pending {
  std::future<void> job;
  void schedule(pqxx::work &tx) {
    job = std::async(std::launch::async, [&tx] { tx.exec0("UPDATE q SET n = n + 1"); });
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: the handle of a task started inside transaction 'tx' through the call to 'schedule' escapes; it may still be running when 'tx' commits
  }
};

void processEscapes(pqxx::connection &c, Pending &p) {
  pqxx::work tx{c};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  p.schedule(tx);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: 'schedule' is called here, inside the transaction, and returns while the task may still be running
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
}

// Through two calls.
void auditLater(pqxx::work &tx) {
  std::thread([&tx] { tx.exec0("INSERT INTO audit VALUES (2)"); }).detach();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task started inside transaction 'tx' through the call to 'auditVia' is detached; it may still be running when 'tx' commits
  // CHECK-MESSAGES: :[[@LINE-2]]:68: note: the task is detached here
}

void auditVia(pqxx::work &tx) {
  auditLater(tx);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: 'auditLater' is called here and returns while the task may still be running
}

void processVia(pqxx::connection &c) {
  pqxx::work tx{c};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  auditVia(tx);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: 'auditVia' is called here, inside the transaction, and returns while the task may still be running
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
}

// Recursion: the summary is a bounded fixed point.
void retry(pqxx::work &tx, int attempts) {
  if (attempts == 0) {
    std::thread([&tx] { tx.exec0("SELECT 1"); }).detach();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: task started inside transaction 'tx' through the call to 'retry' is detached; it may still be running when 'tx' commits
    // CHECK-MESSAGES: :[[@LINE-2]]:50: note: the task is detached here
    return;
  }
  retry(tx, attempts - 1);
}

void processRetry(pqxx::connection &c) {
  pqxx::work tx{c};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  retry(tx, 3);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: 'retry' is called here, inside the transaction, and returns while the task may still be running
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
}

// A method of the class starting a task on a member connection.
class Service {
public:
  void run() {
    pqxx::work tx{m_conn};
    // CHECK-MESSAGES: :[[@LINE-1]]:16: note: transaction 'tx' begins here
    kick();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: note: 'kick' is called here, inside the transaction, and returns while the task may still be running
    tx.commit();
    // CHECK-MESSAGES: :[[@LINE-1]]:8: note: 'tx' commits here while the task may still be running
  }
  void runThenKick() {
    {
      pqxx::work tx{m_conn};
      tx.commit();
    }
    kick();
  }
  // Kicking a task on another member is not bound to a transaction on m_conn.
  void runAndTick() {
    pqxx::work tx{m_conn};
    tick();
    tx.commit();
  }

private:
  void kick() {
    std::thread([this] { pqxx::nontransaction n{m_conn}; n.exec0("NOTIFY jobs"); }).detach();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: task started inside transaction 'tx' through the call to 'kick' is detached; it may still be running when 'tx' commits
    // CHECK-MESSAGES: :[[@LINE-2]]:85: note: the task is detached here
  }
  void tick() {
    std::thread([this] { ++m_ticks; }).detach();
  }
  pqxx::connection m_conn;
  int m_ticks = 0;
};
