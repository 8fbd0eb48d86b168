// txscope-args: -std=c++17 -fPIC -isystem /usr/include/x86_64-linux-gnu/qt5 -isystem /usr/include/x86_64-linux-gnu/qt5/QtCore -isystem /usr/include/x86_64-linux-gnu/qt5/QtSql -isystem /usr/include/x86_64-linux-gnu/qt5/QtConcurrent
// txscope-checks: txscope-concurrent-transaction-use
// Reduced false positive of txscope-concurrent-transaction-use from the
// real-world run of 2026-12-07 (docs/realworld.md, mixxx 2.3.3,
// src/library/itunes/itunesfeature.cpp with Qt 5 headers included by -I):
// Qt's own QtConcurrent::run(object, &Class::fn) implementation was reported
// at qtconcurrentrunbase.h:87 (`pool->start(this, 0)`: "task started here uses
// 'object' on another thread", note at qtconcurrentrun.h:276, the `object`
// argument, which is the starter's, not the task's). The cause, reduced below:
// a pointer to an object that merely *owns* a QSqlDatabase member counts as
// the thread-bound connection itself, whether or not the task touches the
// member. SPEC §1 counts only what the callable really uses (a member through
// `this` when "X::f's visible body uses the member", a member of a captured
// object when the body names it), and §2b's thread affinity is "a
// QSqlDatabase (or a QSqlQuery on it) used inside a task". Expected: every
// function below is QUIET for this check (none of the tasks touches
// m_database), so the file expects nothing for them. The snapshot (ccd051b)
// warned on capturedOwner's and on Call::start's task starts (fixed since: a
// class holding a thread-bound connection in a field is not itself bound;
// a method called on it uses what the method uses); activate() was already
// quiet (kept as a guard).
// The twin at the end (the task does use the member: the real mixxx bug,
// itunesfeature.cpp:213) stays reported.
#include <QFuture>
#include <QRunnable>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThreadPool>
#include <QtConcurrent>

class Feature {
public:
  Feature() {
    m_database = QSqlDatabase::cloneDatabase(QSqlDatabase::database(), "SCANNER");
    m_database.open(); // on the thread that constructs the feature
  }

  int parseXml() { return 1; } // does not touch m_database

  // The real code's shape (QtConcurrent::run(this, &ITunesFeature::importLibrary))
  // with a member function that does not use the connection. Expected: quiet
  // (quiet in this file; with Qt included by -I the same call is reported
  // inside Qt's header, whose structure class Call below writes out).
  void activate() {
    m_future = QtConcurrent::run(this, &Feature::parseXml);
    m_future.waitForFinished();
  }

  int importLibrary() {
    QSqlQuery query(m_database);
    query.exec("DELETE FROM itunes_library");
    return 0;
  }

  QSqlDatabase m_database;
  QFuture<int> m_future;
};

// The same through a captured pointer: the lambda calls only parseXml().
// Expected: quiet.
void capturedOwner(Feature *feature) {
  QFuture<int> f = QtConcurrent::run([feature] { return feature->parseXml(); });
  f.waitForFinished();
}

// Qt's own structure (RunFunctionTaskBase::start / StoredMemberFunctionPointerCall0),
// written out in the main file: a runnable holding `object` and a member
// pointer. Expected: quiet (the note would sit on the `object` argument of
// the constructor call below, which the starter evaluates, not the task).
class Call : public QRunnable {
public:
  Call(int (Feature::*fn)(), Feature *object) : fn(fn), object(object) {}
  void start() { QThreadPool::globalInstance()->start(this); }
  void run() override { (object->*fn)(); }

private:
  int (Feature::*fn)();
  Feature *object;
};

void runMember(Feature *object) { (new Call(&Feature::parseXml, object))->start(); }

// The twin: the task's member function does use the connection created on
// the constructing thread (mixxx's ITunesFeature/RhythmboxFeature/TraktorFeature
// bug). Reported.
void importInBackground(Feature *feature) {
  QFuture<int> f = QtConcurrent::run(feature, &Feature::importLibrary);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: task started here uses 'feature.m_database' on another thread, but 'feature.m_database' may be used only on the thread that created it [txscope-concurrent-transaction-use]
  // CHECK-MESSAGES: :[[@LINE-39]]:21: note: 'feature.m_database' is used here, inside the task
  f.waitForFinished();
}
