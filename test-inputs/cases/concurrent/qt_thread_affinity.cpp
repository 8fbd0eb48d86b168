// txscope-args: -std=c++17 -fPIC -isystem /usr/include/x86_64-linux-gnu/qt5 -isystem /usr/include/x86_64-linux-gnu/qt5/QtCore -isystem /usr/include/x86_64-linux-gnu/qt5/QtSql -isystem /usr/include/x86_64-linux-gnu/qt5/QtConcurrent
// txscope-args-QT6: -std=c++17 -fPIC -isystem /usr/include/x86_64-linux-gnu/qt6 -isystem /usr/include/x86_64-linux-gnu/qt6/QtCore -isystem /usr/include/x86_64-linux-gnu/qt6/QtSql -isystem /usr/include/x86_64-linux-gnu/qt6/QtConcurrent
// SPEC §2b, thread affinity: a QSqlDatabase connection (or a QSqlQuery on
// it) may be used only from the thread that created it, however the task is
// joined and whatever mutex guards it. No transaction needs to be open.
// Real Qt 5 headers, and (variant QT6) Qt 6.
#include <QMutex>
#include <QMutexLocker>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <QtConcurrent>

int countRows(QSqlDatabase &db);

void passedConnection(QSqlDatabase &db) {
  QFuture<int> f = QtConcurrent::run([&db] { return countRows(db); });
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: task started here uses 'db' on another thread, but 'db' may be used only on the thread that created it [txscope-concurrent-transaction-use]
  // CHECK-MESSAGES: :[[@LINE-2]]:63: note: 'db' is used here, inside the task
  f.waitForFinished();
}

void defaultConnection() {
  QFuture<void> f = QtConcurrent::run([] {
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: task started here uses the default connection on another thread, but the default connection may be used only on the thread that created it [txscope-concurrent-transaction-use]
    QSqlQuery q;
    // CHECK-MESSAGES: :[[@LINE-1]]:15: note: the default connection is used here, inside the task
    q.exec("DELETE FROM cache");
  });
  f.waitForFinished();
}

void namedConnection() {
  QFuture<void> f = QtConcurrent::run([] {
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: task started here uses 'QSqlDatabase::database("main")' on another thread, but 'QSqlDatabase::database("main")' may be used only on the thread that created it [txscope-concurrent-transaction-use]
    QSqlQuery q(QSqlDatabase::database("main"));
    // CHECK-MESSAGES: :[[@LINE-1]]:17: note: 'QSqlDatabase::database("main")' is used here, inside the task
    q.exec("DELETE FROM cache");
  });
  f.waitForFinished();
}

// The fix: a connection of the task's own, named after its thread and opened there.
void connectionPerThread(const QString &path) {
  QFuture<void> f = QtConcurrent::run([path] {
    const QString name = QString("worker-%1").arg(quintptr(QThread::currentThreadId()));
    {
      QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", name);
      db.setDatabaseName(path);
      if (db.open()) {
        QSqlQuery q(db);
        q.exec("DELETE FROM cache");
      }
    }
    QSqlDatabase::removeDatabase(name);
  });
  f.waitForFinished();
}

// A task that does not touch the database: quiet.
void noDatabase(QSqlDatabase &db) {
  QSqlQuery q(db);
  q.exec("SELECT 1");
  QFuture<int> f = QtConcurrent::run([] { return 6 * 7; });
  f.waitForFinished();
}

class Repository {
public:
  static Repository &instance();
  QSqlDatabase &database() { return db_; }

  // A mutex serialises the calls, but the connection still moves threads.
  void saveLater(int id) {
    QFuture<void> f = QtConcurrent::run([this, id] {
    // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: task started here uses 'db_' on another thread, but 'db_' may be used only on the thread that created it [txscope-concurrent-transaction-use]
      QMutexLocker lock(&mutex_);
      QSqlQuery q(db_);
      // CHECK-MESSAGES: :[[@LINE-1]]:19: note: 'db_' is used here, inside the task
      q.prepare("INSERT INTO saved VALUES (?)");
      q.addBindValue(id);
      q.exec();
    });
    f.waitForFinished();
  }

  // The same through a member function the task runs.
  void refresh();
  void refreshLater() {
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    QFuture<void> f = QtConcurrent::run(&Repository::refresh, this);
#else
    QFuture<void> f = QtConcurrent::run(this, &Repository::refresh);
#endif
    // CHECK-MESSAGES: :[[@LINE-2]]:23: warning: task started here uses 'db_' on another thread, but 'db_' may be used only on the thread that created it [txscope-concurrent-transaction-use]
    // CHECK-MESSAGES: :[[@LINE+10]]:15: note: 'db_' is used here, inside the task
    f.waitForFinished();
  }

private:
  QMutex mutex_;
  QSqlDatabase db_;
};

void Repository::refresh() {
  QSqlQuery q(db_);
  q.exec("DELETE FROM cache");
}

// Reached through a singleton accessor.
void throughSingleton() {
  QFuture<void> f = QtConcurrent::run([] {
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: task started here uses 'Repository::instance().database()' on another thread, but 'Repository::instance().database()' may be used only on the thread that created it [txscope-concurrent-transaction-use]
    QSqlQuery q(Repository::instance().database());
    // CHECK-MESSAGES: :[[@LINE-1]]:17: note: 'Repository::instance().database()' is used here, inside the task
    q.exec("DELETE FROM cache");
  });
  f.waitForFinished();
}
