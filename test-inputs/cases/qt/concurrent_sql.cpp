// txscope-args: -std=c++17 -fPIC -isystem /usr/include/x86_64-linux-gnu/qt5 -isystem /usr/include/x86_64-linux-gnu/qt5/QtCore -isystem /usr/include/x86_64-linux-gnu/qt5/QtSql -isystem /usr/include/x86_64-linux-gnu/qt5/QtConcurrent
// txscope-args-QT6: -std=c++17 -fPIC -isystem /usr/include/x86_64-linux-gnu/qt6 -isystem /usr/include/x86_64-linux-gnu/qt6/QtCore -isystem /usr/include/x86_64-linux-gnu/qt6/QtSql -isystem /usr/include/x86_64-linux-gnu/qt6/QtConcurrent
// QSqlDatabase transactions with Qt Concurrent tasks, against the real Qt 5
// headers and (variant QT6) the Qt 6 headers.
#include <QFuture>
#include <QFutureSynchronizer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThreadPool>
#include <QVector>
#include <QtConcurrent>

static void updateStock(QSqlDatabase &db, int id) {
  QSqlQuery q(db);
  q.exec(QString("UPDATE stock SET n = n - 1 WHERE id = %1").arg(id));
}

void futureDroppedBeforeCommit(QSqlDatabase &db) {
  db.transaction();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: transaction 'db' begins here
  QFuture<void> f = QtConcurrent::run([&db] { updateStock(db, 1); });
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: task started inside transaction 'db' is never joined; it may still be running when 'db' commits
  // CHECK-MESSAGES: :[[@LINE-2]]:21: warning: task started here uses 'db' on another thread, but 'db' may be used only on the thread that created it [txscope-concurrent-transaction-use]
  // CHECK-MESSAGES: :[[@LINE-3]]:59: note: 'db' is used here, inside the task
  db.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'db' commits here while the task may still be running
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: 'f' is destroyed here without waiting for the task

void futureWaitedBeforeCommit(QSqlDatabase &db) {
  db.transaction();
  QFuture<void> f = QtConcurrent::run([&db] { updateStock(db, 1); });
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: task started here uses 'db' on another thread, but 'db' may be used only on the thread that created it [txscope-concurrent-transaction-use]
  // CHECK-MESSAGES: :[[@LINE-2]]:59: note: 'db' is used here, inside the task
  f.waitForFinished();
  db.commit();
}

void resultTakenAfterCommit(QSqlDatabase &db) {
  db.transaction();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: transaction 'db' begins here
  QFuture<int> f = QtConcurrent::run([&db] {
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: task started inside transaction 'db' may still be running when 'db' commits
  // CHECK-MESSAGES: :[[@LINE-2]]:20: warning: task started here uses 'db' on another thread, but 'db' may be used only on the thread that created it [txscope-concurrent-transaction-use]
    QSqlQuery q(db);
    // CHECK-MESSAGES: :[[@LINE-1]]:17: note: 'db' is used here, inside the task
    q.exec("SELECT count(*) FROM stock");
    return q.next() ? q.value(0).toInt() : 0;
  });
  db.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'db' commits here while the task may still be running
  int n = f.result();
  // CHECK-MESSAGES: :[[@LINE-1]]:13: note: the task is joined only here, after the transaction ended
  (void)n;
}

void resultTakenBeforeCommit(QSqlDatabase &db) {
  db.transaction();
  QFuture<int> f = QtConcurrent::run([&db] {
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: task started here uses 'db' on another thread, but 'db' may be used only on the thread that created it [txscope-concurrent-transaction-use]
    QSqlQuery q(db);
    // CHECK-MESSAGES: :[[@LINE-1]]:17: note: 'db' is used here, inside the task
    q.exec("SELECT count(*) FROM stock");
    return q.next() ? q.value(0).toInt() : 0;
  });
  int n = f.result();
  db.commit();
  (void)n;
}

void rolledBackOnError(QSqlDatabase &db, bool bad) {
  db.transaction();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: transaction 'db' begins here
  QFuture<void> f = QtConcurrent::run([&db] { updateStock(db, 2); });
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: task started inside transaction 'db' is joined on some paths only; it may still be running when 'db' rolls back
  // CHECK-MESSAGES: :[[@LINE-2]]:21: warning: task started here uses 'db' on another thread, but 'db' may be used only on the thread that created it [txscope-concurrent-transaction-use]
  // CHECK-MESSAGES: :[[@LINE-3]]:59: note: 'db' is used here, inside the task
  if (bad) {
    db.rollback();
    // CHECK-MESSAGES: :[[@LINE-1]]:8: note: 'db' rolls back here while the task may still be running
    return;
  }
  f.waitForFinished();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: the task is joined here on other paths
  db.commit();
}

void taskNotTouchingTheDatabase(QSqlDatabase &db, QVector<int> ids) {
  db.transaction();
  QFuture<void> f = QtConcurrent::run([ids] { (void)ids.size(); });
  db.commit();
}

void poolWaitedInside(QSqlDatabase &db, QThreadPool &pool) {
  db.transaction();
  pool.start([&db] { updateStock(db, 3); });
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: task started here uses 'db' on another thread, but 'db' may be used only on the thread that created it [txscope-concurrent-transaction-use]
  // CHECK-MESSAGES: :[[@LINE-2]]:34: note: 'db' is used here, inside the task
  pool.waitForDone();
  db.commit();
}

void poolWaitedWithTimeoutOnly(QSqlDatabase &db, QThreadPool &pool) {
  db.transaction();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: transaction 'db' begins here
  pool.start([&db] { updateStock(db, 4); });
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: task started inside transaction 'db' is only waited for with a timeout; it may still be running when 'db' commits
  // CHECK-MESSAGES: :[[@LINE-2]]:8: warning: task started here uses 'db' on another thread, but 'db' may be used only on the thread that created it [txscope-concurrent-transaction-use]
  // CHECK-MESSAGES: :[[@LINE-3]]:34: note: 'db' is used here, inside the task
  pool.waitForDone(100);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: note: this timed wait may return while the task is still running
  db.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'db' commits here while the task may still be running
}

void poolOutsideWaitedAfterCommit(QSqlDatabase &db) {
  QThreadPool pool;
  // CHECK-MESSAGES: :[[@LINE-1]]:15: note: 'pool' is declared outside the transaction; join it before 'db' ends, or declare it inside the transaction's scope
  db.transaction();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: transaction 'db' begins here
  pool.start([&db] { updateStock(db, 5); });
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: task started inside transaction 'db' may still be running when 'db' commits
  // CHECK-MESSAGES: :[[@LINE-2]]:8: warning: task started here uses 'db' on another thread, but 'db' may be used only on the thread that created it [txscope-concurrent-transaction-use]
  // CHECK-MESSAGES: :[[@LINE-3]]:34: note: 'db' is used here, inside the task
  db.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'db' commits here while the task may still be running
  pool.waitForDone();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: note: the task is joined only here, after the transaction ended
}

void synchronizerJoinsInside(QSqlDatabase &db, const QVector<int> &ids) {
  db.transaction();
  {
    QFutureSynchronizer<void> sync;
    for (int id : ids)
      sync.addFuture(QtConcurrent::run([&db, id] { updateStock(db, id); }));
    // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: task started here uses 'db' on another thread, but 'db' may be used only on the thread that created it [txscope-concurrent-transaction-use]
    // CHECK-MESSAGES: :[[@LINE-2]]:64: note: 'db' is used here, inside the task
  }
  db.commit();
}

void synchronizerDestroyedAfterCommit(QSqlDatabase &db, const QVector<int> &ids) {
  QFutureSynchronizer<void> sync;
  db.transaction();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: transaction 'db' begins here
  for (int id : ids)
    sync.addFuture(QtConcurrent::run([&db, id] { updateStock(db, id); }));
    // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: task started inside transaction 'db' is joined by the destructor of 'sync' only after 'db' commits
  // CHECK-MESSAGES: :[[@LINE-2]]:20: warning: task started here uses 'db' on another thread, but 'db' may be used only on the thread that created it [txscope-concurrent-transaction-use]
  // CHECK-MESSAGES: :[[@LINE-3]]:62: note: 'db' is used here, inside the task
  db.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:6: note: 'db' commits here while the task may still be running
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: 'sync' is destroyed here and joins the task, after the transaction ended

void futuresInContainerWaitedInside(QSqlDatabase &db, const QVector<int> &ids) {
  db.transaction();
  QVector<QFuture<void>> pending;
  for (int id : ids)
    pending.append(QtConcurrent::run([&db, id] { updateStock(db, id); }));
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: task started here uses 'db' on another thread, but 'db' may be used only on the thread that created it [txscope-concurrent-transaction-use]
  // CHECK-MESSAGES: :[[@LINE-2]]:62: note: 'db' is used here, inside the task
  for (QFuture<void> &f : pending)
    f.waitForFinished();
  db.commit();
}
