// txscope-args: -std=c++17
// A project's own database and job wrappers, described to txscope with
// [[clang::annotate]] only: no rule pack.
#include <functional>
#include <string>
#include <vector>

namespace acme {

class Connection {
public:
  void run(const std::string &sql);
};

class [[clang::annotate("txscope::transaction")]] UnitOfWork {
public:
  explicit UnitOfWork(Connection &c) : conn_(c) {}
  ~UnitOfWork();
  void execute(const std::string &sql) { conn_.run(sql); }
  [[clang::annotate("txscope::transaction_end")]] void save();
  [[clang::annotate("txscope::transaction_end")]] void rollbackAll();

private:
  Connection &conn_;
};

class [[clang::annotate("txscope::task_handle")]] Job {
public:
  ~Job();
  [[clang::annotate("txscope::join")]] void wait();
  [[clang::annotate("txscope::timed_wait")]] bool waitFor(int ms);
  [[clang::annotate("txscope::ready_test")]] bool done() const;
};

class [[clang::annotate("txscope::joining_task_handle")]] ScopedJob {
public:
  ~ScopedJob();
  [[clang::annotate("txscope::join")]] void wait();
};

[[clang::annotate("txscope::spawn")]] Job submit(std::function<void()> work);
[[clang::annotate("txscope::spawn")]] ScopedJob submitScoped(std::function<void()> work);
[[clang::annotate("txscope::spawn")]] void fireAndForget(std::function<void()> work);
[[clang::annotate("txscope::join")]] void waitAll(std::vector<Job> &jobs);

} // namespace acme

void jobJoinedAfterSave(acme::Connection &conn) {
  acme::UnitOfWork uow(conn);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: note: transaction 'uow' begins here
  acme::Job job = acme::submit([&uow] { uow.execute("UPDATE stock SET n = n - 1"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: task started inside transaction 'uow' may still be running when 'uow' commits
  uow.save();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'uow' commits here while the task may still be running
  job.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: note: the task is joined only here, after the transaction ended
}

void jobJoinedBeforeSave(acme::Connection &conn) {
  acme::UnitOfWork uow(conn);
  acme::Job job = acme::submit([&uow] { uow.execute("UPDATE stock SET n = n - 1"); });
  job.wait();
  uow.save();
}

void jobsWaitedByAnnotatedHelper(acme::Connection &conn) {
  acme::UnitOfWork uow(conn);
  std::vector<acme::Job> jobs;
  for (int i = 0; i < 3; ++i)
    jobs.push_back(acme::submit([&uow] { uow.execute("DELETE FROM tmp"); }));
  acme::waitAll(jobs);
  uow.save();
}

void jobDroppedOnRollback(acme::Connection &conn, bool bad) {
  acme::UnitOfWork uow(conn);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: note: transaction 'uow' begins here
  acme::Job job = acme::submit([&conn] { conn.run("NOTIFY stock"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: task started inside transaction 'uow' is joined on some paths only; it may still be running when 'uow' rolls back
  if (bad) {
    uow.rollbackAll();
    // CHECK-MESSAGES: :[[@LINE-1]]:9: note: 'uow' rolls back here while the task may still be running
    return;
  }
  job.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: note: the task is joined here on other paths
  uow.save();
}

void scopedJobJoinsAfterSave(acme::Connection &conn) {
  acme::UnitOfWork uow(conn);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: note: transaction 'uow' begins here
  acme::ScopedJob job = acme::submitScoped([&uow] { uow.execute("VACUUM"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: task started inside transaction 'uow' is joined by the destructor of 'job' only after 'uow' commits
  uow.save();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'uow' commits here while the task may still be running
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: 'job' is destroyed here and joins the task, after the transaction ended

void scopedJobJoinsBeforeImplicitEnd(acme::Connection &conn) {
  acme::UnitOfWork uow(conn);
  acme::ScopedJob job = acme::submitScoped([&uow] { uow.execute("VACUUM"); });
}

void fireAndForgetInside(acme::Connection &conn) {
  acme::UnitOfWork uow(conn);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: note: transaction 'uow' begins here
  acme::fireAndForget([&uow] { uow.execute("ANALYZE"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task started inside transaction 'uow' is detached; it may still be running when 'uow' commits
  uow.save();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'uow' commits here while the task may still be running
}

void timedWaitOnly(acme::Connection &conn) {
  acme::UnitOfWork uow(conn);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: note: transaction 'uow' begins here
  acme::Job job = acme::submit([&uow] { uow.execute("SELECT 1"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: task started inside transaction 'uow' is only waited for with a timeout; it may still be running when 'uow' commits
  job.waitFor(100);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: note: this timed wait may return while the task is still running
  uow.save();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'uow' commits here while the task may still be running
}

// A timed wait returning bool, and a ready test: joined where they say true.
void timedWaitTestedThenSavedAnyway(acme::Connection &conn) {
  acme::UnitOfWork uow(conn);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: note: transaction 'uow' begins here
  acme::Job job = acme::submit([&uow] { uow.execute("SELECT 2"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: task started inside transaction 'uow' is only tested for having finished; it may still be running when 'uow' commits
  if (!job.done())
    // CHECK-MESSAGES: :[[@LINE-1]]:12: note: this test may find the task still running
    uow.execute("INSERT INTO log VALUES ('still running')");
  uow.save();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'uow' commits here while the task may still be running
}

void waitedUntilDone(acme::Connection &conn) {
  acme::UnitOfWork uow(conn);
  acme::Job job = acme::submit([&uow] { uow.execute("SELECT 3"); });
  while (!job.waitFor(100)) {
  }
  if (job.done())
    uow.save();
  else
    uow.rollbackAll();
}
