"""Benchmark inputs: heavy translation units over real Debian headers, and
generated functions for the scaling runs.

The heavy units mix the shapes real services have: transactions with tasks
joined inside (quiet), bugs of every kind the check reports, and plenty of
functions that open no transaction at all (which the check must skip
cheaply). Each is a few hundred lines.
"""

QT_FLAGS = ["-std=c++17", "-fPIC"] + [
    "-isystem/usr/include/x86_64-linux-gnu/qt5" + sub
    for sub in ("", "/QtCore", "/QtSql", "/QtConcurrent")]
ASIO_FLAGS = ["-std=c++20", "-DBOOST_ASIO_HAS_CO_AWAIT", "-DBOOST_ASIO_HAS_STD_COROUTINE"]
STD_FLAGS = ["-std=c++17"]

# Each unit: (name, flags, prologue, [function templates]); "{i}" numbers
# the copies of a template.
QT = ("qt_concurrent_sql", QT_FLAGS, """
#include <QFuture>
#include <QFutureSynchronizer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThreadPool>
#include <QVariant>
#include <QVector>
#include <QtConcurrent>

static void bump(QSqlDatabase &db, int id) {
  QSqlQuery q(db);
  q.prepare("UPDATE stock SET n = n + 1 WHERE id = ?");
  q.addBindValue(id);
  q.exec();
}
""", ["""
int countRows{i}(QSqlDatabase &db, const QString &table) {
  QSqlQuery q(db);
  if (!q.exec("SELECT count(*) FROM " + table) || !q.next())
    return -1;
  return q.value(0).toInt();
}
""", """
void restockWaited{i}(QSqlDatabase &db, const QVector<int> &ids) {
  db.transaction();
  QVector<QFuture<void>> pending;
  for (int id : ids)
    pending.append(QtConcurrent::run([&db, id] { bump(db, id); }));
  for (QFuture<void> &f : pending)
    f.waitForFinished();
  db.commit();
}
""", """
void restockLeaked{i}(QSqlDatabase &db, int id) {
  db.transaction();
  QFuture<void> f = QtConcurrent::run([&db, id] { bump(db, id); });
  if (id < 0) {
    db.rollback();
    return;
  }
  f.waitForFinished();
  db.commit();
}
""", """
void poolJob{i}(QSqlDatabase &db, QThreadPool &pool, const QVector<int> &ids) {
  db.transaction();
  for (int id : ids)
    pool.start([&db, id] { bump(db, id); });
  pool.waitForDone();
  db.commit();
}
""", """
QString describe{i}(const QVector<int> &ids) {
  QString out;
  for (int id : ids)
    out += QString::number(id) + ",";
  return out.isEmpty() ? QString("none") : out;
}
""", """
void syncAll{i}(QSqlDatabase &db, const QVector<int> &ids) {
  QFutureSynchronizer<void> sync;
  db.transaction();
  for (int id : ids)
    sync.addFuture(QtConcurrent::run([&db, id] { bump(db, id); }));
  db.commit();
}
"""])

ASIO = ("asio_coroutines", ASIO_FLAGS, """
#include <utility> // Boost 1.74's awaitable.hpp needs it first
#include <boost/asio.hpp>
#include <pqxx/pqxx>
#include <string>
#include <vector>
namespace asio = boost::asio;

asio::awaitable<void> update(pqxx::work &tx, int id);
asio::awaitable<int> fetch(pqxx::connection &conn, int id);
""", ["""
asio::awaitable<void> detachedSpawn{i}(pqxx::connection &conn, asio::io_context &io, int id) {
  pqxx::work tx{conn};
  asio::co_spawn(io, update(tx, id), asio::detached);
  tx.commit();
  co_return;
}
""", """
asio::awaitable<void> awaitedInside{i}(pqxx::connection &conn, int id) {
  pqxx::work tx{conn};
  co_await update(tx, id);
  co_await update(tx, id + 1);
  tx.commit();
}
""", """
asio::awaitable<void> lazyLate{i}(pqxx::connection &conn, int id) {
  pqxx::work tx{conn};
  auto later = update(tx, id);
  tx.commit();
  co_await std::move(later);
}
""", """
void poolPosted{i}(pqxx::connection &conn, const std::vector<int> &ids) {
  asio::thread_pool pool(2);
  pqxx::work tx{conn};
  for (int id : ids)
    asio::post(pool, [&tx, id] { tx.exec0("DELETE FROM q WHERE id = " + std::to_string(id)); });
  pool.join();
  tx.commit();
}
""", """
asio::awaitable<int> sumAll{i}(pqxx::connection &conn, std::vector<int> ids) {
  int total = 0;
  for (int id : ids)
    total += co_await fetch(conn, id);
  co_return total;
}
""", """
std::string label{i}(int id) {
  std::string s = "order-" + std::to_string(id);
  for (char &c : s)
    if (c == '-')
      c = '_';
  return s;
}
"""])

PQXX = ("pqxx_future", STD_FLAGS, """
#include <future>
#include <pqxx/pqxx>
#include <string>
#include <thread>
#include <vector>
""", ["""
void repriceJoinedLate{i}(pqxx::connection &conn, const std::vector<int> &ids) {
  pqxx::work tx{conn};
  std::vector<std::future<void>> tasks;
  for (int id : ids)
    tasks.push_back(std::async(std::launch::async, [&tx, id] {
      tx.exec0("UPDATE price SET p = p * 2 WHERE id = " + std::to_string(id));
    }));
  tx.commit();
  for (auto &t : tasks)
    t.get();
}
""", """
void repriceJoinedInside{i}(pqxx::connection &conn, const std::vector<int> &ids) {
  pqxx::work tx{conn};
  std::vector<std::future<void>> tasks;
  for (int id : ids)
    tasks.push_back(std::async(std::launch::async, [&tx, id] {
      tx.exec0("UPDATE price SET p = p / 2 WHERE id = " + std::to_string(id));
    }));
  for (auto &t : tasks)
    t.get();
  tx.commit();
}
""", """
void threadsOnSomePaths{i}(pqxx::connection &conn, bool fast) {
  pqxx::work tx{conn};
  std::thread t([&tx] { tx.exec0("DELETE FROM cart"); });
  if (fast) {
    t.detach();
    return;
  }
  t.join();
  tx.commit();
}
""", """
int parseQuantity{i}(const std::string &text) {
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9')
      break;
    value = value * 10 + (c - '0');
  }
  return value;
}
""", """
long totalOf{i}(pqxx::connection &conn) {
  pqxx::nontransaction tx{conn};
  auto row = tx.exec1("SELECT sum(n) FROM stock");
  return row[0].as<long>();
}
""", """
void deferredAfterCommit{i}(pqxx::connection &conn) {
  pqxx::work tx{conn};
  auto f = std::async(std::launch::deferred, [&tx] { tx.exec0("UPDATE a SET b = 1"); });
  tx.commit();
  f.wait();
}
"""])

TBB = ("tbb_sqlitecpp", STD_FLAGS, """
#include <SQLiteCpp/SQLiteCpp.h>
#include <string>
#include <tbb/task_group.h>
#include <vector>

static void insertRow(SQLite::Database &db, int id) {
  db.exec("INSERT INTO items VALUES (" + std::to_string(id) + ")");
}
""", ["""
void groupWaited{i}(SQLite::Database &db, const std::vector<int> &ids) {
  SQLite::Transaction tx(db);
  tbb::task_group group;
  for (int id : ids)
    group.run([&db, id] { insertRow(db, id); });
  group.wait();
  tx.commit();
}
""", """
void groupAfterCommit{i}(SQLite::Database &db, const std::vector<int> &ids) {
  SQLite::Transaction tx(db);
  tbb::task_group group;
  for (int id : ids)
    group.run([&db, id] { insertRow(db, id); });
  tx.commit();
}
""", """
void groupOutside{i}(SQLite::Database &db, tbb::task_group &group, int id) {
  SQLite::Transaction tx(db);
  group.run([&db, id] { insertRow(db, id); });
  tx.commit();
  group.wait();
}
""", """
int columnCount{i}(SQLite::Database &db, const std::string &table) {
  SQLite::Statement query(db, "SELECT * FROM " + table + " LIMIT 1");
  return query.getColumnCount();
}
""", """
std::vector<int> evens{i}(const std::vector<int> &in) {
  std::vector<int> out;
  for (int v : in)
    if (v % 2 == 0)
      out.push_back(v);
  return out;
}
"""])

# Function summaries (SPEC §2 Across functions): many small functions, most
# of them helpers called inside transactions, chains of them, helpers that
# start and join, start and return, or leak tasks, and transaction helpers.
HELPERS = ("pqxx_helpers", STD_FLAGS, """
#include <future>
#include <pqxx/pqxx>
#include <string>
#include <thread>
#include <vector>

static void touch(pqxx::work &tx, int id) { tx.exec0("UPDATE a SET n = n + 1 WHERE id = " + std::to_string(id)); }
static void finish(pqxx::work &tx) { tx.commit(); }
""", ["""
static void leaf{i}(pqxx::work &tx, int id) { touch(tx, id); }
static void middle{i}(pqxx::work &tx, int id) { leaf{i}(tx, id); if (id > 3) leaf{i}(tx, id - 1); }
static void top{i}(pqxx::work &tx, int id) { for (int k = 0; k < id; ++k) middle{i}(tx, k); }
static std::future<void> kick{i}(pqxx::work &tx, int id) {
  return std::async(std::launch::async, [&tx, id] { top{i}(tx, id); });
}
static void audit{i}(pqxx::work &tx) {
  std::thread t([&tx] { touch(tx, {i}); });
  t.join();
}
static void notify{i}(pqxx::work &tx) { std::thread([&tx] { touch(tx, -{i}); }).detach(); }
static int count{i}(const std::vector<int> &ids) { int n = 0; for (int id : ids) n += id > {i}; return n; }
""", """
void process{i}(pqxx::connection &c, const std::vector<int> &ids) {
  pqxx::work tx{c};
  top{i}(tx, count{i}(ids));
  auto f = kick{i}(tx, 2);
  audit{i}(tx);
  f.get();
  finish(tx);
}
""", """
void processLeaky{i}(pqxx::connection &c) {
  pqxx::work tx{c};
  notify{i}(tx);
  middle{i}(tx, 1);
  tx.commit();
}
"""])

# Members reached through `this`: one class with many members and methods,
# [this] lambdas, member-function pointers and method chains on `this`.
MEMBERS = ("class_members", STD_FLAGS, """
#include <functional>
#include <future>
#include <pqxx/pqxx>
#include <thread>

class Store {
public:
  explicit Store(const char *options) : m_conn(options) {}
""", ["""
  void refresh{i}() { pqxx::nontransaction n{m_conn}; n.exec0("SELECT {i}"); m_seen{i} = true; }
  void bump{i}() { ++m_count{i}; refresh{i}(); }
  void update{i}() {
    pqxx::work tx{m_conn};
    auto f = std::async(std::launch::async, [this] { bump{i}(); });
    std::thread t(&Store::refresh{i}, this);
    t.join();
    f.get();
    tx.commit();
  }
  void tally{i}() {
    pqxx::work tx{m_conn};
    std::thread([this] { ++m_count{i}; }).detach();
    tx.commit();
  }
  int m_count{i} = 0;
  bool m_seen{i} = false;
"""], """
private:
  pqxx::connection m_conn;
};
""")

HEAVY_UNITS = [QT, ASIO, PQXX, TBB, HELPERS, MEMBERS]


def heavy_unit(unit, copies):
    """The source text of a heavy unit with \\p copies of each template
    (and the unit's epilogue, when it has one, after them)."""
    name, flags, prologue, templates = unit[:4]
    body = [prologue]
    for i in range(copies):
        for t in templates:
            body.append(t.replace("{i}", str(i)))
    body.extend(unit[4:])
    return "".join(body)


SCALING_PROLOGUE = """
#include <functional>
#include <future>
#include <pqxx/pqxx>
#include <thread>
#include <vector>

// Tasks run free functions with the transaction passed by std::ref: every
// start has the same argument types, so the compiler instantiates std::async
// and std::thread once and the input stays cheap to parse at any size.
void updateRow(pqxx::work &tx, int id);
void purge(pqxx::work &tx);
"""


def scaling_function(tasks, per_transaction=8):
    """One function with \\p tasks task starts in tasks/per_transaction
    transactions: containers joined by loops, threads joined on some paths,
    nested loops and deep branching, so that path queries have work to do."""
    lines = ["void generated(pqxx::connection &conn, std::vector<int> ids, int mode) {"]
    scopes = max(1, tasks // per_transaction)
    for s in range(scopes):
        lines.append("  {")
        lines.append("    pqxx::work tx%d{conn};" % s)
        lines.append("    std::vector<std::future<void>> pending%d;" % s)
        for k in range(per_transaction):
            n = s * per_transaction + k
            shape = n % 4
            if shape == 0:
                lines.append("    for (int id : ids)")
                lines.append("      pending%d.push_back(std::async(std::launch::async, updateRow, std::ref(tx%d), id));" % (s, s))
            elif shape == 1:
                lines.append("    std::thread t%d(purge, std::ref(tx%d));" % (n, s))
                lines.append("    if (mode == %d) { t%d.detach(); } else if (mode > %d) { t%d.join(); } else { t%d.join(); }" % (n, n, n, n, n))
            elif shape == 2:
                lines.append("    for (int i = 0; i < mode; ++i)")
                lines.append("      for (int j = 0; j < i; ++j)")
                lines.append("        if ((i + j) %% 3 == %d) pending%d.push_back(std::async(std::launch::async, updateRow, std::ref(tx%d), j));" % (n % 3, s, s))
            else:
                lines.append("    auto f%d = std::async(std::launch::async, purge, std::ref(tx%d));" % (n, s))
                lines.append("    switch (mode %% 4) { case 0: f%d.get(); break; case 1: if (ids.empty()) f%d.wait(); break; default: break; }" % (n, n))
        lines.append("    for (auto &p : pending%d) p.get();" % s)
        lines.append("    if (mode %% 2) tx%d.commit(); else tx%d.abort();" % (s, s))
        lines.append("  }")
    lines.append("}")
    return SCALING_PROLOGUE + "\n".join(lines) + "\n"


def long_function(statements):
    """One function of \\p statements statements inside one transaction,
    a task among them every 50 statements."""
    lines = ["int longOne(pqxx::connection &conn, int x) {", "  pqxx::work tx{conn};", "  int acc = x;"]
    for n in range(statements):
        if n % 50 == 0:
            lines.append("  auto f%d = std::async(std::launch::async, purge, std::ref(tx)); f%d.get();" % (n, n))
        else:
            lines.append("  acc = acc * 31 + %d;" % n)
    lines.append("  tx.commit();")
    lines.append("  return acc;")
    lines.append("}")
    return SCALING_PROLOGUE + "\n".join(lines) + "\n"
