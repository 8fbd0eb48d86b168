// txscope-args: -std=c++17
// SPEC §1: a task reaches the transaction's connection through `this` —
// [this], [=] or [&] naming a member, a member-function pointer bound to
// `this` (std::thread, std::bind) — or through a member of a captured object.
// Each shape with its quiet twin. Real libpqxx headers.
#include <functional>
#include <future>
#include <pqxx/pqxx>
#include <thread>

class Importer {
public:
  void importRows() {
    pqxx::work tx{m_conn};
    // CHECK-MESSAGES: :[[@LINE-1]]:16: note: transaction 'tx' begins here
    std::thread([this] { pqxx::nontransaction n{m_conn}; n.exec0("SELECT 1"); }).detach();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: task started inside transaction 'tx' is detached; it may still be running when 'tx' commits
    // CHECK-MESSAGES: :[[@LINE-2]]:82: note: the task is detached here
    tx.commit();
    // CHECK-MESSAGES: :[[@LINE-1]]:8: note: 'tx' commits here while the task may still be running
  }

  void importRowsJoined() {
    pqxx::work tx{m_conn};
    std::thread t([this] { pqxx::nontransaction n{m_conn}; n.exec0("SELECT 1"); });
    t.join();
    tx.commit();
  }

  void defaultCaptureByCopy() {
    pqxx::work tx{m_conn};
    // CHECK-MESSAGES: :[[@LINE-1]]:16: note: transaction 'tx' begins here
    auto f = std::async(std::launch::async, [=] { return m_conn.dbname(); });
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: task started inside transaction 'tx' is joined by the destructor of 'f' only after 'tx' commits
    tx.commit();
    // CHECK-MESSAGES: :[[@LINE-1]]:8: note: 'tx' commits here while the task may still be running
  }
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: 'f' is destroyed here and joins the task, after the transaction ended

  void defaultCaptureOfAnotherMember() {
    pqxx::work tx{m_conn};
    std::thread([&] { ++m_counter; }).detach();
    tx.commit();
  }

  void memberFunctionPointer() {
    pqxx::work tx{m_conn};
    // CHECK-MESSAGES: :[[@LINE-1]]:16: note: transaction 'tx' begins here
    std::thread(&Importer::refresh, this).detach();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: task started inside transaction 'tx' is detached; it may still be running when 'tx' commits
    // CHECK-MESSAGES: :[[@LINE-2]]:43: note: the task is detached here
    tx.commit();
    // CHECK-MESSAGES: :[[@LINE-1]]:8: note: 'tx' commits here while the task may still be running
  }

  void memberFunctionPointerToAnotherMember() {
    pqxx::work tx{m_conn};
    std::thread(&Importer::count, this).detach();
    tx.commit();
  }

  void boundThroughAHelperMethod() {
    pqxx::work tx{m_conn};
    // CHECK-MESSAGES: :[[@LINE-1]]:16: note: transaction 'tx' begins here
    auto f = std::async(std::launch::async, std::bind(&Importer::refreshLater, this));
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: task started inside transaction 'tx' may still be running when 'tx' commits
    tx.commit();
    // CHECK-MESSAGES: :[[@LINE-1]]:8: note: 'tx' commits here while the task may still be running
    f.get();
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: the task is joined only here, after the transaction ended
  }

  void boundThroughAHelperMethodJoinedInside() {
    pqxx::work tx{m_conn};
    auto f = std::async(std::launch::async, std::bind(&Importer::refreshLater, this));
    f.get();
    tx.commit();
  }

  // A method whose body is not visible may use any member.
  void unseenMethodOnTheMemberConnection() {
    pqxx::work tx{m_conn};
    // CHECK-MESSAGES: :[[@LINE-1]]:16: note: transaction 'tx' begins here
    std::thread([this] { unseen(); }).detach();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: task started inside transaction 'tx' is detached; it may still be running when 'tx' commits
    // CHECK-MESSAGES: :[[@LINE-2]]:39: note: the task is detached here
    tx.commit();
    // CHECK-MESSAGES: :[[@LINE-1]]:8: note: 'tx' commits here while the task may still be running
  }

  // ... but not the connection a transaction on a parameter runs on.
  void unseenMethodWithAParameterConnection(pqxx::connection &other) {
    pqxx::work tx{other};
    std::thread([this] { unseen(); }).detach();
    tx.commit();
  }

private:
  void refresh() {
    pqxx::nontransaction n{m_conn};
    n.exec0("REFRESH MATERIALIZED VIEW totals");
  }
  void refreshLater() { refresh(); }
  void count() { ++m_counter; }
  void unseen();

  pqxx::connection m_conn;
  int m_counter = 0;
};

// A member of a captured object: the transaction runs on di.conn.
struct Deps {
  pqxx::connection *conn;
  std::string name;
};

void capturedObject(Deps &di) {
  pqxx::work tx{*di.conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  std::thread([&di] { pqxx::nontransaction n{*di.conn}; }).detach();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task started inside transaction 'tx' is detached; it may still be running when 'tx' commits
  // CHECK-MESSAGES: :[[@LINE-2]]:60: note: the task is detached here
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
}

void capturedMember(Deps &di) {
  pqxx::work tx{*di.conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  std::thread([c = di.conn] { pqxx::nontransaction n{*c}; }).detach();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task started inside transaction 'tx' is detached; it may still be running when 'tx' commits
  // CHECK-MESSAGES: :[[@LINE-2]]:62: note: the task is detached here
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
}

void capturedOtherMember(Deps &di) {
  pqxx::work tx{*di.conn};
  std::thread([n = di.name] { (void)n.size(); }).detach();
  tx.commit();
}
