// txscope-args: -std=c++17 -fPIC -isystem /usr/include/x86_64-linux-gnu/qt5 -isystem /usr/include/x86_64-linux-gnu/qt5/QtCore -isystem /usr/include/x86_64-linux-gnu/qt5/QtSql -isystem /usr/include/x86_64-linux-gnu/qt5/QtConcurrent
// txscope-args-QT6: -std=c++17 -fPIC -isystem /usr/include/x86_64-linux-gnu/qt6 -isystem /usr/include/x86_64-linux-gnu/qt6/QtCore -isystem /usr/include/x86_64-linux-gnu/qt6/QtSql -isystem /usr/include/x86_64-linux-gnu/qt6/QtConcurrent
// SPEC §2 *Across functions* with Qt SQL (real Qt 5 and, variant QT6, Qt 6
// headers): transaction helpers that begin and end the caller's transaction,
// a repository keeping its connection in a member, call-pair receivers
// reached through a member of a captured object, and a wrapper class
// (mixxx's ScopedTransaction shape) recognised without a rule pack.
#include <QFuture>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QtConcurrent>

static void updateStock(QSqlDatabase &db, int id) {
  QSqlQuery q(db);
  q.exec(QString("UPDATE stock SET n = n - 1 WHERE id = %1").arg(id));
}

static bool beginTx(QSqlDatabase &db) { return db.transaction(); }
static bool commitTx(QSqlDatabase &db) { return db.commit(); }

void helpersOpenAndClose(QSqlDatabase &db) {
  beginTx(db);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: transaction 'db' begins here
  QFuture<void> f = QtConcurrent::run([&db] { updateStock(db, 1); });
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: task started inside transaction 'db' is never joined; it may still be running when 'db' commits
  // CHECK-MESSAGES: :[[@LINE-2]]:21: warning: task started here uses 'db' on another thread, but 'db' may be used only on the thread that created it [txscope-concurrent-transaction-use]
  // CHECK-MESSAGES: :[[@LINE-3]]:59: note: 'db' is used here, inside the task
  commitTx(db);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: 'db' commits here while the task may still be running
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: 'f' is destroyed here without waiting for the task

void helpersJoinedInside(QSqlDatabase &db) {
  beginTx(db);
  QFuture<void> f = QtConcurrent::run([&db] { updateStock(db, 1); });
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: task started here uses 'db' on another thread, but 'db' may be used only on the thread that created it [txscope-concurrent-transaction-use]
  // CHECK-MESSAGES: :[[@LINE-2]]:59: note: 'db' is used here, inside the task
  f.waitForFinished();
  commitTx(db);
}

class Repository {
public:
  void importAll() {
    begin();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: note: transaction 'm_db' begins here
    QFuture<void> f = QtConcurrent::run([this] {
    // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: task started inside transaction 'm_db' may still be running when 'm_db' commits
    // CHECK-MESSAGES: :[[@LINE-2]]:23: warning: task started here uses 'm_db' on another thread, but 'm_db' may be used only on the thread that created it [txscope-concurrent-transaction-use]
      QSqlQuery q(m_db);
      // CHECK-MESSAGES: :[[@LINE-1]]:19: note: 'm_db' is used here, inside the task
      q.exec("DELETE FROM staging");
    });
    commit();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: note: 'm_db' commits here while the task may still be running
    f.waitForFinished();
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: the task is joined only here, after the transaction ended
  }

  void importAllJoinedInside() {
    begin();
    QFuture<void> f = QtConcurrent::run([this] { QSqlQuery q(m_db); q.exec("DELETE FROM staging"); });
    // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: task started here uses 'm_db' on another thread, but 'm_db' may be used only on the thread that created it [txscope-concurrent-transaction-use]
    // CHECK-MESSAGES: :[[@LINE-2]]:62: note: 'm_db' is used here, inside the task
    f.waitForFinished();
    commit();
  }

  // QtConcurrent::run(this, &X::f) in Qt 5, run(&X::f, this) in Qt 6.
  void purgeAsync() {
    begin();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: note: transaction 'm_db' begins here
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    QFuture<void> f = QtConcurrent::run(&Repository::purge, this);
#else
    QFuture<void> f = QtConcurrent::run(this, &Repository::purge);
    // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: task started here uses 'm_db' on another thread, but 'm_db' may be used only on the thread that created it [txscope-concurrent-transaction-use]
#endif
    // CHECK-MESSAGES: :[[@LINE-3]]:23: warning: task started inside transaction 'm_db' is never joined; it may still be running when 'm_db' commits
    commit();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: note: 'm_db' commits here while the task may still be running
  }
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: 'f' is destroyed here without waiting for the task

  void countAsync() {
    begin();
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    QFuture<int> f = QtConcurrent::run(&Repository::cached, this);
#else
    QFuture<int> f = QtConcurrent::run(this, &Repository::cached);
#endif
    commit();
  }

private:
  bool begin() { return m_db.transaction(); }
  bool commit() { return m_db.commit(); }
  void purge() {
    QSqlQuery q(m_db);
    // CHECK-MESSAGES: :[[@LINE-1]]:17: note: 'm_db' is used here, inside the task
    q.exec("DELETE FROM old");
  }
  int cached() const { return m_cached; }

  QSqlDatabase m_db;
  int m_cached = 0;
};

// A call pair on a receiver reached through a member of a parameter.
struct Backend {
  QSqlDatabase db;
};
struct Deps {
  Backend *backend;
  QString name;
};

void throughMember(Deps &di) {
  di.backend->db.transaction();
  // CHECK-MESSAGES: :[[@LINE-1]]:18: note: transaction 'di.backend.db' begins here
  QFuture<void> f = QtConcurrent::run([&di] { updateStock(di.backend->db, 1); });
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: task started inside transaction 'di.backend.db' is never joined; it may still be running when 'di.backend.db' commits
  // CHECK-MESSAGES: :[[@LINE-2]]:21: warning: task started here uses 'di.backend->db' on another thread, but 'di.backend->db' may be used only on the thread that created it [txscope-concurrent-transaction-use]
  // CHECK-MESSAGES: :[[@LINE-3]]:71: note: 'di.backend->db' is used here, inside the task
  di.backend->db.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:18: note: 'di.backend.db' commits here while the task may still be running
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: 'f' is destroyed here without waiting for the task

void throughCopiedMember(Deps &di) {
  di.backend->db.transaction();
  // CHECK-MESSAGES: :[[@LINE-1]]:18: note: transaction 'di.backend.db' begins here
  QFuture<void> f = QtConcurrent::run([b = di.backend] { updateStock(b->db, 2); });
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: task started inside transaction 'di.backend.db' is never joined; it may still be running when 'di.backend.db' commits
  // CHECK-MESSAGES: :[[@LINE-2]]:21: warning: task started here uses 'b->db' on another thread, but 'b->db' may be used only on the thread that created it [txscope-concurrent-transaction-use]
  // CHECK-MESSAGES: :[[@LINE-3]]:73: note: 'b->db' is used here, inside the task
  di.backend->db.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:18: note: 'di.backend.db' commits here while the task may still be running
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: 'f' is destroyed here without waiting for the task

void throughAnotherMember(Deps &di) {
  di.backend->db.transaction();
  QFuture<void> f = QtConcurrent::run([n = di.name] { (void)n.size(); });
  di.backend->db.commit();
}

// A wrapper class no pack describes: it begins in its constructor (a member
// initialiser) and rolls back in its destructor unless committed.
class ScopedTransaction {
public:
  explicit ScopedTransaction(const QSqlDatabase &db) : m_db(db), m_active(m_db.transaction()) {}
  ~ScopedTransaction() {
    if (m_active)
      rollback();
  }
  bool commit() {
    m_active = false;
    return m_db.commit();
  }
  bool rollback() {
    m_active = false;
    return m_db.rollback();
  }

private:
  QSqlDatabase m_db;
  bool m_active;
};

void wrapperCommits(QSqlDatabase &db) {
  ScopedTransaction t(db);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: note: transaction 't' begins here
  QFuture<void> f = QtConcurrent::run([&db] { updateStock(db, 1); });
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: task started inside transaction 't' is never joined; it may still be running when 't' commits
  // CHECK-MESSAGES: :[[@LINE-2]]:21: warning: task started here uses 'db' on another thread, but 'db' may be used only on the thread that created it [txscope-concurrent-transaction-use]
  // CHECK-MESSAGES: :[[@LINE-3]]:59: note: 'db' is used here, inside the task
  t.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: 't' commits here while the task may still be running
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: 'f' is destroyed here without waiting for the task

void wrapperWaitedInside(QSqlDatabase &db) {
  ScopedTransaction t(db);
  QFuture<void> f = QtConcurrent::run([&db] { updateStock(db, 1); });
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: task started here uses 'db' on another thread, but 'db' may be used only on the thread that created it [txscope-concurrent-transaction-use]
  // CHECK-MESSAGES: :[[@LINE-2]]:59: note: 'db' is used here, inside the task
  f.waitForFinished();
  t.commit();
}

// mixxx's SqlTransaction (src/util/db/sqltransaction.cpp): members defined
// out of line, the destructor rolls back through rollback(), which calls
// release() on `this` — the class is inferred whichever of its methods is
// summarised first.
class SqlTransaction {
public:
  explicit SqlTransaction(const QSqlDatabase &database);
  ~SqlTransaction();
  bool commit();
  bool rollback();
  void release();

private:
  QSqlDatabase m_database;
  bool m_active;
};

bool SqlTransaction::rollback() {
  if (!m_database.rollback())
    return false;
  release();
  return true;
}
SqlTransaction::SqlTransaction(const QSqlDatabase &database)
    : m_database(database), m_active(m_database.transaction()) {}
SqlTransaction::~SqlTransaction() {
  if (m_active && m_database.isOpen())
    rollback();
}
void SqlTransaction::release() { m_active = false; }
bool SqlTransaction::commit() {
  if (!m_database.commit())
    return false;
  release();
  return true;
}

void outOfLineWrapperJoinedLate(QSqlDatabase &db) {
  SqlTransaction t(db);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: note: transaction 't' begins here
  QFuture<void> f = QtConcurrent::run([&db] { updateStock(db, 2); });
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: task started inside transaction 't' may still be running when 't' commits
  // CHECK-MESSAGES: :[[@LINE-2]]:21: warning: task started here uses 'db' on another thread, but 'db' may be used only on the thread that created it [txscope-concurrent-transaction-use]
  // CHECK-MESSAGES: :[[@LINE-3]]:59: note: 'db' is used here, inside the task
  t.commit();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: 't' commits here while the task may still be running
  f.waitForFinished();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: the task is joined only here, after the transaction ended
}

void outOfLineWrapperJoinedInside(QSqlDatabase &db) {
  SqlTransaction t(db);
  QFuture<void> f = QtConcurrent::run([&db] { updateStock(db, 2); });
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: task started here uses 'db' on another thread, but 'db' may be used only on the thread that created it [txscope-concurrent-transaction-use]
  // CHECK-MESSAGES: :[[@LINE-2]]:59: note: 'db' is used here, inside the task
  f.waitForFinished();
  t.commit();
}
