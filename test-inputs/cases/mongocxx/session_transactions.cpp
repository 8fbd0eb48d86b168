// txscope-args: -std=c++17 -isystem %S/../../stubs/mongocxx
// mongocxx client_session transactions with std tasks, against stub headers
// mirroring the MongoDB C++ driver r4.5 (test-inputs/stubs/mongocxx).
#include <bsoncxx/builder/basic/document.hpp>
#include <future>
#include <mongocxx/client.hpp>
#include <mongocxx/client_session.hpp>
#include <mongocxx/collection.hpp>
#include <thread>

static void insertAudit(mongocxx::collection &audit, const mongocxx::client_session &session) {
  audit.insert_one(session, bsoncxx::builder::basic::make_document());
}

void taskJoinedAfterCommit(mongocxx::client &client, mongocxx::collection &audit) {
  mongocxx::client_session session = client.start_session();
  session.start_transaction();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: note: transaction 'session' begins here
  std::thread t([&] { insertAudit(audit, session); });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: task started inside transaction 'session' may still be running when 'session' commits
  session.commit_transaction();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: note: 'session' commits here while the task may still be running
  t.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: the task is joined only here, after the transaction ended
}

void taskJoinedBeforeCommit(mongocxx::client &client, mongocxx::collection &audit) {
  mongocxx::client_session session = client.start_session();
  session.start_transaction();
  std::thread t([&] { insertAudit(audit, session); });
  t.join();
  session.commit_transaction();
}

void taskRunningAtAbort(mongocxx::client &client, mongocxx::collection &audit, bool bad) {
  mongocxx::client_session session = client.start_session();
  session.start_transaction();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: note: transaction 'session' begins here
  auto f = std::async(std::launch::async, [&] { insertAudit(audit, session); });
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: task started inside transaction 'session' is joined by the destructor of 'f' only after 'session' rolls back
  if (bad) {
    session.abort_transaction();
    // CHECK-MESSAGES: :[[@LINE-1]]:13: note: 'session' rolls back here while the task may still be running
    return;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: note: 'f' is destroyed here and joins the task, after the transaction ended
  }
  f.get();
  session.commit_transaction();
}

void withTransactionDetaches(mongocxx::client &client, mongocxx::collection &audit) {
  mongocxx::client_session session = client.start_session();
  session.with_transaction([&](mongocxx::client_session *s) {
    // CHECK-MESSAGES: :[[@LINE-1]]:58: note: transaction 's' begins here
    std::thread([&audit, s] { insertAudit(audit, *s); }).detach();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: task started inside transaction 's' is detached; it may still be running when 's' ends as the callback returns
    // CHECK-MESSAGES: :[[@LINE-2]]:58: note: the task is detached here
  });
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: the transaction callback returns here, ending 's', while the task may still be running
}

void withTransactionJoinsInside(mongocxx::client &client, mongocxx::collection &audit) {
  mongocxx::client_session session = client.start_session();
  session.with_transaction([&](mongocxx::client_session *s) {
    std::thread t([&audit, s] { insertAudit(audit, *s); });
    t.join();
  });
}

// The driver's documented idiom: the callback is held in a
// client_session::with_transaction_cb variable first, then passed.
void withTransactionCallbackVariableDetaches(mongocxx::client &client, mongocxx::collection &audit) {
  mongocxx::client_session session = client.start_session();
  mongocxx::client_session::with_transaction_cb callback = [&](mongocxx::client_session *s) {
    // CHECK-MESSAGES: :[[@LINE-1]]:90: note: transaction 's' begins here
    std::thread([&audit, s] { insertAudit(audit, *s); }).detach();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: task started inside transaction 's' is detached; it may still be running when 's' ends as the callback returns
    // CHECK-MESSAGES: :[[@LINE-2]]:58: note: the task is detached here
  };
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: the transaction callback returns here, ending 's', while the task may still be running
  session.with_transaction(callback);
}

void withTransactionCallbackVariableJoins(mongocxx::client &client, mongocxx::collection &audit) {
  mongocxx::client_session session = client.start_session();
  auto callback = [&](mongocxx::client_session *s) {
    std::thread t([&audit, s] { insertAudit(audit, *s); });
    t.join();
  };
  session.with_transaction(std::move(callback));
}
