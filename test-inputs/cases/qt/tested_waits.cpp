// txscope-args: -std=c++17 -fPIC -isystem /usr/include/x86_64-linux-gnu/qt5 -isystem /usr/include/x86_64-linux-gnu/qt5/QtCore -isystem /usr/include/x86_64-linux-gnu/qt5/QtSql -isystem /usr/include/x86_64-linux-gnu/qt5/QtConcurrent
// txscope-args-QT6: -std=c++17 -fPIC -isystem /usr/include/x86_64-linux-gnu/qt6 -isystem /usr/include/x86_64-linux-gnu/qt6/QtCore -isystem /usr/include/x86_64-linux-gnu/qt6/QtSql -isystem /usr/include/x86_64-linux-gnu/qt6/QtConcurrent
// QFuture::isFinished() and QThreadPool::waitForDone(msecs) tested: joined
// on the branch where they say the task finished, running on the other
// (SPEC §1). Against the real Qt 5 headers and (variant QT6) Qt 6.
#include <QFuture>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent>

static void archive(QSqlDatabase &db, int id) {
  QSqlQuery q(db);
  q.exec(QString("DELETE FROM live WHERE id = %1").arg(id));
}

void finishedTestedThenCommitted(QSqlDatabase &db) {
  db.transaction();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: transaction 'db' begins here
  QFuture<void> f = QtConcurrent::run([&db] { archive(db, 1); });
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: task started inside transaction 'db' is only tested for having finished; it may still be running when 'db' commits
  // CHECK-MESSAGES: :[[@LINE-2]]:21: warning: task started here uses 'db' on another thread, but 'db' may be used only on the thread that created it [txscope-concurrent-transaction-use]
  // CHECK-MESSAGES: :[[@LINE-3]]:55: note: 'db' is used here, inside the task
  if (!f.isFinished())
    // CHECK-MESSAGES: :[[@LINE-1]]:10: note: this test may find the task still running
    qWarning("archive still running");
  db.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'db' commits here while the task may still be running
}

void finishedTestedThenWaited(QSqlDatabase &db) {
  db.transaction();
  QFuture<void> f = QtConcurrent::run([&db] { archive(db, 2); });
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: task started here uses 'db' on another thread, but 'db' may be used only on the thread that created it [txscope-concurrent-transaction-use]
  // CHECK-MESSAGES: :[[@LINE-2]]:55: note: 'db' is used here, inside the task
  if (!f.isFinished())
    f.waitForFinished();
  db.commit();
}

void pollUntilFinished(QSqlDatabase &db) {
  db.transaction();
  QFuture<void> f = QtConcurrent::run([&db] { archive(db, 3); });
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: task started here uses 'db' on another thread, but 'db' may be used only on the thread that created it [txscope-concurrent-transaction-use]
  // CHECK-MESSAGES: :[[@LINE-2]]:55: note: 'db' is used here, inside the task
  while (!f.isFinished())
    QThread::msleep(10);
  db.commit();
}

void poolTimedOutThenCommitted(QSqlDatabase &db, QThreadPool &pool) {
  db.transaction();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: transaction 'db' begins here
  pool.start([&db] { archive(db, 4); });
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: task started inside transaction 'db' is only waited for with a timeout; it may still be running when 'db' commits
  // CHECK-MESSAGES: :[[@LINE-2]]:8: warning: task started here uses 'db' on another thread, but 'db' may be used only on the thread that created it [txscope-concurrent-transaction-use]
  // CHECK-MESSAGES: :[[@LINE-3]]:30: note: 'db' is used here, inside the task
  const bool done = pool.waitForDone(1000);
  // CHECK-MESSAGES: :[[@LINE-1]]:26: note: this timed wait may return while the task is still running
  if (!done)
    qWarning("committing while the pool still runs");
  db.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'db' commits here while the task may still be running
}

void poolWaitedUntilDone(QSqlDatabase &db, QThreadPool &pool) {
  db.transaction();
  pool.start([&db] { archive(db, 5); });
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: task started here uses 'db' on another thread, but 'db' may be used only on the thread that created it [txscope-concurrent-transaction-use]
  // CHECK-MESSAGES: :[[@LINE-2]]:30: note: 'db' is used here, inside the task
  while (!pool.waitForDone(1000))
    qWarning("still waiting for the pool");
  db.commit();
}
