// txscope-args: -std=c++17 -DQT_NO_KEYWORDS -fPIC -isystem /usr/include/x86_64-linux-gnu/qt5 -isystem /usr/include/x86_64-linux-gnu/qt5/QtCore -isystem /usr/include/x86_64-linux-gnu/qt5/QtSql -isystem /usr/include/x86_64-linux-gnu/qt5/QtConcurrent
// SPEC §2b: parallel algorithms run their callable on several threads at
// once, each run an execution of its own; a blocking form is joined when it
// returns. Real oneTBB, SQLiteCpp and Qt 5 headers.
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtConcurrent>
#include <SQLiteCpp/SQLiteCpp.h>
#include <mutex>
#include <oneapi/tbb/enumerable_thread_specific.h>
#include <oneapi/tbb/parallel_for.h>
#include <string>
#include <vector>

void tbbSharedDatabase(SQLite::Database &db, const std::vector<int> &ids) {
  SQLite::Transaction tx{db};
  tbb::parallel_for(std::size_t(0), ids.size(), [&](std::size_t i) {
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: parallel algorithm started here runs its callable on several threads at once; each run may use 'db' at the same time as another [txscope-concurrent-transaction-use]
    db.exec("UPDATE t SET n = n + 1 WHERE id = " + std::to_string(ids[i]));
    // CHECK-MESSAGES: :[[@LINE-1]]:5: note: 'db' is used here by the task
  });
  tx.commit();
}

std::mutex dbMutex;
void tbbSerialisedByMutex(SQLite::Database &db, const std::vector<int> &ids) {
  SQLite::Transaction tx{db};
  tbb::parallel_for(std::size_t(0), ids.size(), [&](std::size_t i) {
    std::lock_guard<std::mutex> lock(dbMutex);
    db.exec("UPDATE t SET n = n + 1 WHERE id = " + std::to_string(ids[i]));
  });
  tx.commit();
}

// A connection per worker thread: quiet.
void tbbConnectionPerThread(const std::string &path, const std::vector<int> &ids) {
  tbb::enumerable_thread_specific<std::unique_ptr<SQLite::Database>> perThread;
  tbb::parallel_for(std::size_t(0), ids.size(), [&](std::size_t i) {
    std::unique_ptr<SQLite::Database> &mine = perThread.local();
    if (!mine)
      mine = std::make_unique<SQLite::Database>(path, SQLite::OPEN_READWRITE);
    mine->exec("UPDATE t SET n = n + 1 WHERE id = " + std::to_string(ids[i]));
  });
}

// No database inside: quiet.
void tbbNoDatabase(std::vector<int> &values) {
  tbb::parallel_for(std::size_t(0), values.size(), [&](std::size_t i) { values[i] *= 2; });
}

void qtBlockingMapOnConnection(QSqlDatabase &db, QList<int> &ids) {
  QtConcurrent::blockingMap(ids, [&db](int &id) {
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: task started here uses 'db' on another thread, but 'db' may be used only on the thread that created it [txscope-concurrent-transaction-use]
    QSqlQuery q(db);
    // CHECK-MESSAGES: :[[@LINE-1]]:17: note: 'db' is used here, inside the task
    q.exec(QString("DELETE FROM t WHERE id = %1").arg(id));
  });
}

static int square(const int &id) { return id * id; }
void qtMappedWithoutDatabase(const QList<int> &ids) {
  QFuture<int> squares = QtConcurrent::mapped(ids, square);
  squares.waitForFinished();
}
