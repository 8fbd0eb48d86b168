// txscope-args: -std=c++17
// SPEC §2 *Across functions*: wrapper classes without a rule pack (holding a
// recognised transaction, directly or in a std::unique_ptr the constructor
// fills), std::unique_ptr / std::optional transactions, and a helper that
// ends the transaction it is given. Real libpqxx headers.
#include <future>
#include <memory>
#include <optional>
#include <pqxx/pqxx>
#include <thread>

class UnitOfWork {
public:
  explicit UnitOfWork(pqxx::connection &c) : m_tx(c) {}
  void commit() { m_tx.commit(); }
  pqxx::work &tx() { return m_tx; }

private:
  pqxx::work m_tx;
};

void unitOfWork(pqxx::connection &c) {
  UnitOfWork uow(c);
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'uow' begins here
  std::thread([&uow] { uow.tx().exec0("UPDATE a SET b = 1"); }).detach();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task started inside transaction 'uow' is detached; it may still be running when 'uow' commits
  // CHECK-MESSAGES: :[[@LINE-2]]:65: note: the task is detached here
  uow.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'uow' commits here while the task may still be running
}

void unitOfWorkJoined(pqxx::connection &c) {
  UnitOfWork uow(c);
  std::thread t([&uow] { uow.tx().exec0("UPDATE a SET b = 1"); });
  t.join();
  uow.commit();
}

class LazyUnit {
public:
  explicit LazyUnit(pqxx::connection &c) : m_tx(std::make_unique<pqxx::work>(c)) {}
  void done() { m_tx->commit(); }
  pqxx::work &tx() { return *m_tx; }

private:
  std::unique_ptr<pqxx::work> m_tx;
};

void lazyUnit(pqxx::connection &c) {
  LazyUnit u(c);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: note: transaction 'u' begins here
  auto f = std::async(std::launch::async, [&u] { u.tx().exec0("UPDATE a SET b = 2"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: task started inside transaction 'u' may still be running when 'u' commits
  u.done();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: 'u' commits here while the task may still be running
  f.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: the task is joined only here, after the transaction ended
}

// Holds a place for a transaction it never begins itself: no wrapper.
class TxSlot {
public:
  void attach(std::unique_ptr<pqxx::work> tx) { m_tx = std::move(tx); }

private:
  std::unique_ptr<pqxx::work> m_tx;
};

void notAWrapper(pqxx::connection &c) {
  TxSlot slot;
  std::thread([&slot, &c] { (void)slot; (void)c; }).detach();
}

void uniquePtrTransaction(pqxx::connection &c) {
  auto tx = std::make_unique<pqxx::work>(c);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: note: transaction 'tx' begins here
  std::thread([&tx] { tx->exec0("UPDATE a SET b = 3"); }).detach();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task started inside transaction 'tx' is detached; it may still be running when 'tx' commits
  // CHECK-MESSAGES: :[[@LINE-2]]:59: note: the task is detached here
  tx->commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'tx' commits here while the task may still be running
}

void uniquePtrResetAfterJoin(pqxx::connection &c) {
  auto tx = std::make_unique<pqxx::work>(c);
  auto f = std::async(std::launch::async, [&tx] { tx->exec0("UPDATE a SET b = 4"); });
  f.get();
  tx.reset();
}

void optionalTransaction(pqxx::connection &c) {
  std::optional<pqxx::work> tx{std::in_place, c};
  // CHECK-MESSAGES: :[[@LINE-1]]:29: note: transaction 'tx' begins here
  std::thread([&tx] { tx->exec0("UPDATE a SET b = 5"); }).detach();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task started inside transaction 'tx' is detached; it may still be running when 'tx' commits
  // CHECK-MESSAGES: :[[@LINE-2]]:59: note: the task is detached here
  tx->commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'tx' commits here while the task may still be running
}

// A helper that ends the transaction it is given ends the caller's.
static void finish(pqxx::work &tx) { tx.commit(); }

void endedByAHelper(pqxx::connection &c) {
  pqxx::work tx{c};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  std::thread([&tx] { tx.exec0("UPDATE a SET b = 6"); }).detach();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task started inside transaction 'tx' is detached; it may still be running when 'tx' commits
  // CHECK-MESSAGES: :[[@LINE-2]]:58: note: the task is detached here
  finish(tx);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: 'tx' commits here while the task may still be running
}
