// txscope-args: -std=c++17 -isystem %S/../../stubs/mongocxx
// The stable mongocxx::v1::client_session API with std tasks, against stub
// headers mirroring the MongoDB C++ driver r4.5 (test-inputs/stubs/mongocxx).
#include <future>
#include <mongocxx/v1/client.hpp>
#include <mongocxx/v1/client_session.hpp>
#include <thread>

void audit(mongocxx::v1::client_session &session);

void taskJoinedAfterCommit(mongocxx::v1::client &client) {
  mongocxx::v1::client_session session = client.start_session();
  session.start_transaction();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: note: transaction 'session' begins here
  std::thread t([&session] { audit(session); });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: task started inside transaction 'session' may still be running when 'session' commits
  session.commit_transaction();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: note: 'session' commits here while the task may still be running
  t.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: the task is joined only here, after the transaction ended
}

void taskJoinedBeforeAbort(mongocxx::v1::client &client) {
  mongocxx::v1::client_session session = client.start_session();
  session.start_transaction();
  std::thread t([&session] { audit(session); });
  t.join();
  session.abort_transaction();
}

void withTransactionDetaches(mongocxx::v1::client &client) {
  mongocxx::v1::client_session session = client.start_session();
  session.with_transaction([](mongocxx::v1::client_session &s) {
    // CHECK-MESSAGES: :[[@LINE-1]]:61: note: transaction 's' begins here
    std::thread([&s] { audit(s); }).detach();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: task started inside transaction 's' is detached; it may still be running when 's' ends as the callback returns
    // CHECK-MESSAGES: :[[@LINE-2]]:37: note: the task is detached here
  });
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: the transaction callback returns here, ending 's', while the task may still be running
}

void withTransactionJoinsInside(mongocxx::v1::client &client) {
  mongocxx::v1::client_session session = client.start_session();
  session.with_transaction([](mongocxx::v1::client_session &s) {
    auto f = std::async(std::launch::async, [&s] { audit(s); });
    f.get();
  });
}
