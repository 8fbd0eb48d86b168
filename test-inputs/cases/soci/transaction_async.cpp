// txscope-args: -std=c++17
// SOCI 4 transactions (RAII and session begin/commit/rollback) with std
// tasks, against the real Debian headers.
#include <future>
#include <soci/soci.h>
#include <thread>
#include <vector>

static void archive(soci::session &sql, int id) { sql << "DELETE FROM live WHERE id = :id", soci::use(id); }

void raiiFutureGotAfterCommit(soci::session &sql, int id) {
  soci::transaction tr(sql);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: note: transaction 'tr' begins here
  auto f = std::async(std::launch::async, [&sql, id] { archive(sql, id); });
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: task started inside transaction 'tr' may still be running when 'tr' commits
  tr.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tr' commits here while the task may still be running
  f.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: the task is joined only here, after the transaction ended
}

void raiiFutureGotBeforeCommit(soci::session &sql, int id) {
  soci::transaction tr(sql);
  auto f = std::async(std::launch::async, [&sql, id] { archive(sql, id); });
  f.get();
  tr.commit();
}

void raiiJoiningDestructorBeforeRollback(soci::session &sql, int id) {
  soci::transaction tr(sql);
  auto f = std::async(std::launch::async, [&sql, id] { archive(sql, id); });
}

void raiiJoiningDestructorAfterRollback(soci::session &sql, int id) {
  soci::transaction tr(sql);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: note: transaction 'tr' begins here
  auto f = std::async(std::launch::async, [&sql, id] { archive(sql, id); });
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: task started inside transaction 'tr' is joined by the destructor of 'f' only after 'tr' rolls back
  tr.rollback();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'tr' rolls back here while the task may still be running
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: 'f' is destroyed here and joins the task, after the transaction ended

void sessionPairThreadsJoinedAfterCommit(soci::session &sql, const std::vector<int> &ids) {
  sql.begin();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: note: transaction 'sql' begins here
  std::vector<std::thread> workers;
  for (int id : ids)
    workers.emplace_back([&sql, id] { archive(sql, id); });
    // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: task started inside transaction 'sql' may still be running when 'sql' commits
  // CHECK-MESSAGES: :[[@LINE-2]]:13: warning: task started here in a loop may use 'sql' at the same time as the task started by an earlier iteration [txscope-concurrent-transaction-use]
  // CHECK-MESSAGES: :[[@LINE-3]]:47: note: 'sql' is used here by the task
  sql.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'sql' commits here while the task may still be running
  for (std::thread &w : workers)
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: the task is joined only here, after the transaction ended
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: the tasks are joined only here, after the loop
    w.join();
}

void sessionPairThreadsJoinedInside(soci::session &sql, const std::vector<int> &ids) {
  sql.begin();
  std::vector<std::thread> workers;
  for (int id : ids)
    workers.emplace_back([&sql, id] { archive(sql, id); });
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: task started here in a loop may use 'sql' at the same time as the task started by an earlier iteration [txscope-concurrent-transaction-use]
  // CHECK-MESSAGES: :[[@LINE-2]]:47: note: 'sql' is used here by the task
  for (std::thread &w : workers)
    w.join();
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: the tasks are joined only here, after the loop
  sql.commit();
}

void sessionPairTimedWaitOnly(soci::session &sql, int id) {
  sql.begin();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: note: transaction 'sql' begins here
  std::future<void> f = std::async(std::launch::async, [&sql, id] { archive(sql, id); });
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: task started inside transaction 'sql' is only waited for with a timeout; it may still be running when 'sql' rolls back
  f.wait_for(std::chrono::seconds(5));
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: this timed wait may return while the task is still running
  sql.rollback();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'sql' rolls back here while the task may still be running
}

// A tested timed wait joins on its ready branch only (SPEC §1): rolling back
// on the timeout branch leaves the task running against the session.
void sessionPairTimedWaitTested(soci::session &sql, int id) {
  sql.begin();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: note: transaction 'sql' begins here
  std::future<void> f = std::async(std::launch::async, [&sql, id] { archive(sql, id); });
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: task started inside transaction 'sql' is only waited for with a timeout; it may still be running when 'sql' rolls back
  if (f.wait_for(std::chrono::seconds(5)) != std::future_status::ready) {
    // CHECK-MESSAGES: :[[@LINE-1]]:9: note: this timed wait may return while the task is still running
    sql.rollback();
    // CHECK-MESSAGES: :[[@LINE-1]]:9: note: 'sql' rolls back here while the task may still be running
    return;
  }
  sql.commit();
}

// Its twin: the timeout branch waits before it rolls back.
void sessionPairTimedWaitTestedThenJoined(soci::session &sql, int id) {
  sql.begin();
  std::future<void> f = std::async(std::launch::async, [&sql, id] { archive(sql, id); });
  if (f.wait_for(std::chrono::seconds(5)) != std::future_status::ready) {
    f.wait();
    sql.rollback();
    return;
  }
  sql.commit();
}

void taskWithItsOwnSession(soci::session &sql, std::string connectString) {
  soci::transaction tr(sql);
  std::thread([connectString] {
    soci::session own("postgresql", connectString);
    soci::transaction ownTr(own);
    own << "UPDATE counters SET n = n + 1";
    ownTr.commit();
  }).detach();
  tr.commit();
}
