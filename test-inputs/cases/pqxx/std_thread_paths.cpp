// txscope-args: -std=c++20
// std::thread with libpqxx: joined on some paths only, early break/return,
// throw, detach, never joined, and their quiet twins.
#include <pqxx/pqxx>
#include <stdexcept>
#include <thread>

void joinedOnSomePathsReturn(pqxx::connection &conn, bool fast) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  std::thread t([&tx] { tx.exec0("UPDATE a SET b = 1"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: task started inside transaction 'tx' is joined on some paths only; it may still be running when 'tx' is destroyed
  if (fast)
    return;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: 'tx' is destroyed by this 'return' while the task may still be running
  t.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: the task is joined here on other paths
  tx.commit();
}

void joinedOnEveryPath(pqxx::connection &conn, bool fast) {
  pqxx::work tx{conn};
  std::thread t([&tx] { tx.exec0("UPDATE a SET b = 1"); });
  if (fast) {
    t.join();
    return;
  }
  t.join();
  tx.commit();
}

void breakLeavesLoop(pqxx::connection &conn, int n) {
  for (int i = 0; i < n; ++i) {
    pqxx::work tx{conn};
    // CHECK-MESSAGES: :[[@LINE-1]]:16: note: transaction 'tx' begins here
    std::thread t([&tx] { tx.exec0("DELETE FROM q"); });
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: task started inside transaction 'tx' is joined on some paths only; it may still be running when 'tx' is destroyed
    if (i == 3)
      break;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'tx' is destroyed by this 'break' while the task may still be running
    t.join();
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: the task is joined here on other paths
    tx.commit();
  }
}

void throwLeavesScope(pqxx::connection &conn, bool bad) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  std::thread t([&tx] { tx.exec0("UPDATE a SET b = 2"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: task started inside transaction 'tx' is joined on some paths only; it may still be running when 'tx' is destroyed
  if (bad)
    throw std::runtime_error("bad input");
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: 'tx' is destroyed when the exception thrown here propagates, while the task may still be running
  t.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: the task is joined here on other paths
  tx.commit();
}

void detachedThread(pqxx::connection &conn) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  std::thread([&tx] { tx.exec0("INSERT INTO log VALUES (1)"); }).detach();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task started inside transaction 'tx' is detached; it may still be running when 'tx' commits
  // CHECK-MESSAGES: :[[@LINE-2]]:66: note: the task is detached here
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
}

void detachedThreadNotTouchingTx(pqxx::connection &conn, int n) {
  pqxx::work tx{conn};
  std::thread([n] { (void)(n * 2); }).detach();
  tx.commit();
}

void neverJoined(pqxx::connection &conn) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  std::thread t([&tx] { tx.exec0("UPDATE a SET b = 3"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: task started inside transaction 'tx' is never joined; it may still be running when 'tx' commits
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: 't' is destroyed here without waiting for the task

void jthreadJoinsAfterCommit(pqxx::connection &conn) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  std::jthread t([&tx] { tx.exec0("UPDATE a SET b = 4"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: task started inside transaction 'tx' is joined by the destructor of 't' only after 'tx' commits
  tx.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tx' commits here while the task may still be running
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: 't' is destroyed here and joins the task, after the transaction ended

void jthreadJoinsBeforeImplicitEnd(pqxx::connection &conn) {
  pqxx::work tx{conn};
  std::jthread t([&tx] { tx.exec0("UPDATE a SET b = 4"); });
}

void jthreadDetachedBeforeImplicitEnd(pqxx::connection &conn) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  std::jthread t([&tx] { tx.exec0("UPDATE a SET b = 5"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: task started inside transaction 'tx' is detached; it may still be running when 'tx' is destroyed
  t.detach();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: the task is detached here
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: 'tx' is destroyed here, at the end of its scope, while the task may still be running

void continueSkipsTheJoin(pqxx::connection &conn, int n) {
  for (int i = 0; i < n; ++i) {
    pqxx::work tx{conn};
    // CHECK-MESSAGES: :[[@LINE-1]]:16: note: transaction 'tx' begins here
    std::thread t([&tx, i] { tx.exec0("DELETE FROM q WHERE id = " + std::to_string(i)); });
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: task started inside transaction 'tx' is joined on some paths only; it may still be running when 'tx' is destroyed
    if (i % 2 == 0)
      continue;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'tx' is destroyed by this 'continue' while the task may still be running
    t.join();
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: the task is joined here on other paths
    tx.commit();
  }
}

void continueAfterJoin(pqxx::connection &conn, int n) {
  for (int i = 0; i < n; ++i) {
    pqxx::work tx{conn};
    std::thread t([&tx, i] { tx.exec0("DELETE FROM q WHERE id = " + std::to_string(i)); });
    t.join();
    if (i % 2 == 0)
      continue;
    tx.commit();
  }
}

void movedTransactionEndsTheScope(pqxx::connection &conn, void (*finish)(pqxx::work &&)) {
  pqxx::work tx{conn};
  // CHECK-MESSAGES: :[[@LINE-1]]:14: note: transaction 'tx' begins here
  std::thread t([&tx] { tx.exec0("SELECT 1"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: task started inside transaction 'tx' may still be running when 'tx' is moved from
  finish(std::move(tx));
  // CHECK-MESSAGES: :[[@LINE-1]]:20: note: 'tx' is moved from here while the task may still be running
  t.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: the task is joined only here, after the transaction ended
}
