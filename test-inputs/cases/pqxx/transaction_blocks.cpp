// txscope-args: -std=c++17
// Transactions in blocks of a longer function. Each block's scope is analysed
// over the smallest statement its tasks' story needs (checker/engine/Regions.h):
// a handle declared further out or a loop left by break widen it, so what
// happens after the block still counts, as over the whole body.
#include <future>
#include <pqxx/pqxx>
#include <thread>
#include <vector>

void refresh(pqxx::work &tx, int id);

void blocks(pqxx::connection &conn, const std::vector<int> &ids, int mode) {
  {
    pqxx::work tx{conn};
    // CHECK-MESSAGES: :[[@LINE-1]]:16: note: transaction 'tx' begins here
    std::thread([&tx] { tx.exec0("ANALYZE a"); }).detach();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: task started inside transaction 'tx' is detached; it may still be running when 'tx' commits
    // CHECK-MESSAGES: :[[@LINE-2]]:51: note: the task is detached here
    // CHECK-MESSAGES: :[[@LINE-3]]:5: note: the task using 'tx' is started here
    // CHECK-MESSAGES: :[[@LINE-4]]:5: note: the other task is started here and may still be running
    // CHECK-MESSAGES: :[[@LINE-5]]:5: note: the other task is started here and may still be running
    // CHECK-MESSAGES: :[[@LINE-6]]:5: note: the other task is started here and may still be running
    tx.commit();
    // CHECK-MESSAGES: :[[@LINE-1]]:8: note: 'tx' commits here while the task may still be running
  }
  if (mode > 0) {
    std::future<void> late;
    {
      pqxx::work tx{conn};
      // CHECK-MESSAGES: :[[@LINE-1]]:18: note: transaction 'tx' begins here
      // CHECK-MESSAGES: :[[@LINE-2]]:21: warning: 'conn' is used here while a task using it may still be running [txscope-concurrent-transaction-use]
      late = std::async(std::launch::async, refresh, std::ref(tx), 1);
      // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: task started inside transaction 'tx' may still be running when 'tx' commits
      // CHECK-MESSAGES: :[[@LINE-2]]:14: warning: task started here may use 'tx' at the same time as another task using it [txscope-concurrent-transaction-use]
      // CHECK-MESSAGES: :[[@LINE-3]]:63: note: 'tx' is used here by the task
      tx.commit();
      // CHECK-MESSAGES: :[[@LINE-1]]:10: note: 'tx' commits here while the task may still be running
    }
    late.get();
    // CHECK-MESSAGES: :[[@LINE-1]]:10: note: the task is joined only here, after the transaction ended
  }
  {
    pqxx::work tx{conn};
    auto f = std::async(std::launch::async, refresh, std::ref(tx), 2);
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: task started here may use 'tx' at the same time as another task using it [txscope-concurrent-transaction-use]
    // CHECK-MESSAGES: :[[@LINE-2]]:63: note: 'tx' is used here by the task
    f.get();
    tx.commit();
  }
  if (!ids.empty()) {
    for (int id : ids) {
      pqxx::work tx{conn};
      // CHECK-MESSAGES: :[[@LINE-1]]:18: note: transaction 'tx' begins here
      std::thread t(refresh, std::ref(tx), id);
      // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: task started inside transaction 'tx' is joined on some paths only; it may still be running when 'tx' is destroyed
      // CHECK-MESSAGES: :[[@LINE-2]]:19: warning: task started here may use 'tx' at the same time as another task using it [txscope-concurrent-transaction-use]
      // CHECK-MESSAGES: :[[@LINE-3]]:39: note: 'tx' is used here by the task
      if (id == mode)
        break;
      // CHECK-MESSAGES: :[[@LINE-1]]:9: note: 'tx' is destroyed by this 'break' while the task may still be running
      t.join();
      // CHECK-MESSAGES: :[[@LINE-1]]:9: note: the task is joined here on other paths
      tx.commit();
    }
  }
}

void separateBlocks(pqxx::connection &conn, int mode) {
  if (mode > 0) {
    std::vector<std::future<void>> pending;
    {
      pqxx::work tx{conn};
      // CHECK-MESSAGES: :[[@LINE-1]]:18: note: transaction 'tx' begins here
      pending.push_back(std::async(std::launch::async, refresh, std::ref(tx), 4));
      // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: task started inside transaction 'tx' may still be running when 'tx' commits
      tx.commit();
      // CHECK-MESSAGES: :[[@LINE-1]]:10: note: 'tx' commits here while the task may still be running
    }
    for (auto &p : pending)
      p.get();
    // CHECK-MESSAGES: :[[@LINE-2]]:5: note: the task is joined only here, after the transaction ended
  }
  {
    pqxx::work tx{conn};
    // CHECK-MESSAGES: :[[@LINE-1]]:16: note: transaction 'tx' begins here
    std::thread t(refresh, std::ref(tx), 5);
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: task started inside transaction 'tx' is detached; it may still be running when 'tx' commits
    if (mode)
      t.join();
    else
      t.detach();
    // CHECK-MESSAGES: :[[@LINE-1]]:9: note: the task is detached here
    tx.commit();
    // CHECK-MESSAGES: :[[@LINE-1]]:8: note: 'tx' commits here while the task may still be running
  }
}

// SPEC §3's quiet cases hold in blocks too: a joining destructor that runs
// before the transaction's, a helper that joins every element, a task that
// does not touch the transaction.
void joinAll(std::vector<std::future<void>> &futures) {
  for (auto &f : futures)
    f.get();
}

void quietBlocks(pqxx::connection &conn, const std::vector<int> &ids) {
  {
    pqxx::work tx{conn};
    auto f = std::async(std::launch::async, refresh, std::ref(tx), 6);
  }
  {
    pqxx::work tx{conn};
    std::vector<std::future<void>> pending;
    for (int id : ids)
      pending.push_back(std::async(std::launch::async, refresh, std::ref(tx), id));
    // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: task started here in a loop may use 'tx' at the same time as the task started by an earlier iteration [txscope-concurrent-transaction-use]
    // CHECK-MESSAGES: :[[@LINE-2]]:74: note: 'tx' is used here by the task
    joinAll(pending);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: note: the tasks are joined only here, after the loop
    tx.commit();
  }
  {
    pqxx::work tx{conn};
    std::thread([count = ids.size()] { (void)count; }).detach();
    tx.commit();
  }
}
