#!/usr/bin/env python3
"""A generated service project for the cross-unit benchmark (project_bench.py).

    project.py OUT_DIR [--units N]

Writes a project of N translation units (default 200) over the real libpqxx
headers, the shape of a small service layer:

- include/shop/db.h and src/db.cpp: the service's transaction wrapper
  (ServiceTx: its constructor begins a pqxx::work, commit() commits, the
  destructor aborts) and its helpers (touchRow, auditLater which leaves a
  detached thread on the transaction, auditNow which joins it, startRefresh
  which returns a running task, waitAll, parseId, idList), declared in the
  header and defined in the one .cpp;
- N-1 modules src/<domain>_<k>.cpp, each with its header
  include/shop/<domain>_<k>.h declaring four helpers other modules call
  (apply, applyAsync, notify, check; notify reaches auditLater through up
  to three modules), and five or six functions of its own using
  std::async / std::thread with transactions, some calling the helpers of
  the modules it depends on (1 to 3 of the 30 before it) or of db.cpp;
- one bug in every seventh module (29 of 199), seven kinds in turn: two
  seen within the unit, five only with the summaries of other units (the
  wrapper's constructor, a helper that leaves a task running or returns one,
  a chain of modules); every other function is clean;
- build/compile_commands.json (absolute paths, -std=c++17, as CMake writes
  it), a CMakeLists.txt that would build the same, and expected.json: where
  each planted bug is (file, lines, kind, whether only summaries across
  units can see it) and the line ranges of the clean functions.

The output is deterministic: the same N gives the same files.
"""
import argparse
import json
import os
import random
import re

DOMAINS = ["orders", "stock", "billing", "invoices", "shipping", "customers", "pricing", "returns",
           "loyalty", "payments", "catalog", "reports", "carts", "coupons", "suppliers", "audit"]

DB_H = """#pragma once
// The service layer: a transaction wrapper and helpers whose bodies live in
// src/db.cpp. A unit that includes only this header sees no begin, no end
// and no task start.
#include <future>
#include <memory>
#include <pqxx/pqxx>
#include <string>
#include <vector>

namespace shop {

/// The service's transaction: the constructor begins it, commit() commits
/// it, the destructor aborts it unless committed.
class ServiceTx {
public:
  explicit ServiceTx(pqxx::connection &conn);
  ~ServiceTx();
  ServiceTx(const ServiceTx &) = delete;
  ServiceTx &operator=(const ServiceTx &) = delete;
  void commit();
  pqxx::work &work() { return *m_work; }

private:
  std::unique_ptr<pqxx::work> m_work;
};

/// Marks row \\p id of \\p table as touched.
void touchRow(pqxx::work &tx, const std::string &table, int id);
/// Starts an audit on the transaction and returns at once (the thread is detached).
void auditLater(pqxx::work &tx, const std::string &what);
/// Audits on the transaction and waits for it.
void auditNow(pqxx::work &tx, const std::string &what);
/// Starts a refresh of \\p view and returns its handle.
std::future<void> startRefresh(pqxx::work &tx, const std::string &view);
/// Waits for every task in \\p tasks.
void waitAll(std::vector<std::future<void>> &tasks);
/// A decimal id, or -1 when \\p text is not one.
int parseId(const std::string &text);
/// "1,2,3" for {1, 2, 3}.
std::string idList(const std::vector<int> &ids);

} // namespace shop
"""

DB_CPP = """// The service layer's wrapper and helpers (declared in shop/db.h).
#include "shop/db.h"
#include <thread>

namespace shop {

ServiceTx::ServiceTx(pqxx::connection &conn) : m_work(std::make_unique<pqxx::work>(conn)) {}
ServiceTx::~ServiceTx() = default;
void ServiceTx::commit() { m_work->commit(); }

void touchRow(pqxx::work &tx, const std::string &table, int id) {
  tx.exec0("UPDATE " + table + " SET touched = now() WHERE id = " + std::to_string(id));
}

void auditLater(pqxx::work &tx, const std::string &what) {
  std::thread([&tx, what] { tx.exec0("INSERT INTO audit (what) VALUES (" + tx.quote(what) + ")"); }).detach();
}

void auditNow(pqxx::work &tx, const std::string &what) {
  std::thread audit([&tx, what] { tx.exec0("INSERT INTO audit (what) VALUES (" + tx.quote(what) + ")"); });
  audit.join();
}

std::future<void> startRefresh(pqxx::work &tx, const std::string &view) {
  return std::async(std::launch::async, [&tx, view] { tx.exec0("REFRESH MATERIALIZED VIEW " + view); });
}

void waitAll(std::vector<std::future<void>> &tasks) {
  for (std::future<void> &task : tasks)
    task.wait();
}

int parseId(const std::string &text) {
  if (text.empty())
    return -1;
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9')
      return -1;
    value = value * 10 + (c - '0');
  }
  return value;
}

std::string idList(const std::vector<int> &ids) {
  std::string out;
  for (int id : ids)
    out += (out.empty() ? "" : ",") + std::to_string(id);
  return out;
}

} // namespace shop
"""

MODULE_H = """#pragma once
// {name}: what other modules call (bodies in src/{name}.cpp).
#include "shop/db.h"

namespace shop::{name} {{

/// Writes row \\p id of {table}.
void apply(pqxx::work &tx, int id);
/// Starts writing row \\p id and returns the task's handle.
std::future<void> applyAsync(pqxx::work &tx, int id);
/// Queues a notification on the transaction and returns at once.
void notify(pqxx::work &tx, int id);
/// Validates row \\p id, waiting for its audit.
void check(pqxx::work &tx, int id);

}} // namespace shop::{name}
"""

# A module's own helpers, declared in its header. {notify} is the body of
# notify(): auditLater, or the notify() of a module it depends on.
EXPORTS = """
void apply(pqxx::work &tx, int id) {{ touchRow(tx, kTable, id); }}

std::future<void> applyAsync(pqxx::work &tx, int id) {{
  return std::async(std::launch::async, [&tx, id] {{ touchRow(tx, kTable, id); }});
}}

void notify(pqxx::work &tx, int id) {{
  {notify}
}}

void check(pqxx::work &tx, int id) {{
  if (id < 0)
    return;
  auditNow(tx, std::string(kTable) + " check " + std::to_string(id));
}}
"""

# Clean functions: (name, template). {dep} is a module this one depends on
# (its own name when it depends on none), {deps_apply} one apply() per
# dependency.
CLEAN = [("reprice", """
void reprice(pqxx::connection &conn, const std::vector<int> &ids) {{
  std::vector<std::future<long>> prices;
  for (int id : ids)
    prices.push_back(std::async(std::launch::async, [id] {{ return static_cast<long>(id) * {n} % 997; }}));
  pqxx::work tx{{conn}};
  for (std::size_t i = 0; i < ids.size(); ++i)
    tx.exec0("UPDATE {table} SET price = " + std::to_string(prices[i].get()) + " WHERE id = " +
             std::to_string(ids[i]));
  tx.commit();
}}
"""), ("archive", """
void archive(pqxx::connection &conn, int id) {{
  pqxx::work tx{{conn}};
  std::thread archiver([&tx, id] {{
    tx.exec0("INSERT INTO {table}_archive SELECT * FROM {table} WHERE id = " + std::to_string(id));
  }});
  archiver.join();
  tx.exec0("DELETE FROM {table} WHERE id = " + std::to_string(id));
  tx.commit();
}}
"""), ("total", """
long total(pqxx::connection &conn) {{
  pqxx::nontransaction n{{conn}};
  pqxx::row r = n.exec1("SELECT coalesce(sum(amount), 0) FROM {table}");
  return r[0].as<long>();
}}
"""), ("parseIds", """
std::vector<int> parseIds(const std::string &csv) {{
  std::vector<int> ids;
  std::string item;
  for (char c : csv + ",") {{
    if (c != ',') {{
      item += c;
      continue;
    }}
    int id = parseId(item);
    if (id >= 0 && id % {n} != {m})
      ids.push_back(id);
    item.clear();
  }}
  return ids;
}}
"""), ("refreshTotals", """
void refreshTotals(pqxx::connection &conn) {{
  ServiceTx tx(conn);
  auto refresh = std::async(std::launch::async, [&tx] {{
    tx.work().exec0("REFRESH MATERIALIZED VIEW {table}_totals");
  }});
  refresh.get();
  tx.commit();
}}
"""), ("settle", """
void settle(pqxx::connection &conn, const std::vector<int> &ids) {{
  pqxx::work tx{{conn}};
  for (int id : ids) {{
    apply(tx, id);{deps_apply}
  }}
  {dep}::check(tx, static_cast<int>(ids.size()));
  tx.commit();
}}
"""), ("mirror", """
void mirror(pqxx::connection &conn, int id) {{
  pqxx::work tx{{conn}};
  std::future<void> copy = {dep}::applyAsync(tx, id);
  copy.get();
  tx.commit();
}}
"""), ("refreshViews", """
void refreshViews(pqxx::connection &conn) {{
  pqxx::work tx{{conn}};
  std::vector<std::future<void>> refreshes;
  refreshes.push_back(startRefresh(tx, "{table}_daily"));
  waitAll(refreshes);
  tx.commit();
}}
"""), ("close", """
void close(pqxx::connection &conn, const std::vector<int> &ids) {{
  pqxx::work tx{{conn}};
  auditNow(tx, "close {name} " + idList(ids));
  for (int id : ids)
    touchRow(tx, kTable, id);
  tx.commit();
}}
"""), ("prefetch", """
std::vector<long> prefetch(pqxx::connection &conn, const std::vector<int> &ids) {{
  std::vector<long> out;
  std::thread warm([&out, &ids] {{
    for (int id : ids)
      out.push_back(id * {n}L);
  }});
  warm.join();
  pqxx::nontransaction n{{conn}};
  n.exec0("SELECT pg_prewarm('{table}')");
  return out;
}}
""")]

# Bugs: (kind, check, cross_unit, template). cross_unit: only the summaries
# of another unit show it (the wrapper's constructor, a helper's task).
BUGS = [("local_outlives", "txscope-task-outlives-transaction", False, """
void exportLate(pqxx::connection &conn, int id) {{
  pqxx::work tx{{conn}};
  auto exported = std::async(std::launch::async, [&tx, id] {{
    tx.exec0("INSERT INTO {table}_export SELECT * FROM {table} WHERE id = " + std::to_string(id));
  }});
  tx.commit();
  exported.get();
}}
"""), ("wrapper", "txscope-task-outlives-transaction", True, """
void shipLate(pqxx::connection &conn) {{
  ServiceTx tx(conn);
  auto shipped = std::async(std::launch::async, [&tx] {{ tx.work().exec0("UPDATE {table} SET shipped = true"); }});
  tx.commit();
  shipped.get();
}}
"""), ("helper_detached", "txscope-task-outlives-transaction", True, """
void closeLate(pqxx::connection &conn, int id) {{
  pqxx::work tx{{conn}};
  touchRow(tx, kTable, id);
  auditLater(tx, "closed {name} " + std::to_string(id));
  tx.commit();
}}
"""), ("local_concurrent", "txscope-concurrent-transaction-use", False, """
void recount(pqxx::connection &conn) {{
  pqxx::work tx{{conn}};
  std::thread counter([&tx] {{ tx.exec0("UPDATE {table}_stats SET n = (SELECT count(*) FROM {table})"); }});
  tx.exec0("DELETE FROM {table} WHERE stale");
  counter.join();
  tx.commit();
}}
"""), ("helper_handle", "txscope-task-outlives-transaction", True, """
void refreshLate(pqxx::connection &conn) {{
  pqxx::work tx{{conn}};
  std::future<void> refresh = startRefresh(tx, "{table}_daily");
  tx.commit();
  refresh.get();
}}
"""), ("module_chain", "txscope-task-outlives-transaction", True, """
void notifyLate(pqxx::connection &conn, int id) {{
  pqxx::work tx{{conn}};
  {dep}::notify(tx, id);
  tx.commit();
}}
"""), ("module_handle", "txscope-task-outlives-transaction", True, """
void mirrorLate(pqxx::connection &conn, int id) {{
  pqxx::work tx{{conn}};
  std::future<void> copy = {dep}::applyAsync(tx, id);
  tx.commit();
  copy.get();
}}
""")]

BUG_EVERY = 7  # one bug in every seventh module
MAX_CHAIN = 3  # notify() reaches auditLater through at most this many modules


def module_names(count):
    return ["%s_%03d" % (DOMAINS[k % len(DOMAINS)], k) for k in range(1, count + 1)]


def generate(out, units=200):
    """Writes the project of \\p units translation units under \\p out;
    returns the description written to expected.json."""
    if units < 2:
        raise ValueError("a project needs at least 2 units")
    out = os.path.abspath(out)
    names = module_names(units - 1)
    files = {"include/shop/db.h": DB_H, "src/db.cpp": DB_CPP}
    expected = {"units": units, "bugs": [], "clean": []}
    chain = {}  # module index -> how many modules notify() passes through
    for k, name in enumerate(names, start=1):
        rng = random.Random(1000 + k)
        earlier = list(range(max(1, k - 30), k))
        deps = rng.sample(earlier, min(len(earlier), rng.choice([1, 1, 2, 2, 3])))
        table = name.split("_")[0]
        files["include/shop/%s.h" % name] = MODULE_H.format(name=name, table=table)
        # notify() through a dependency while the chain stays short enough.
        via = next((d for d in deps if chain[d] < MAX_CHAIN), None)
        if via is None:
            notify = 'auditLater(tx, std::string(kTable) + " changed " + std::to_string(id));'
            chain[k] = 1
        else:
            notify = "%s::notify(tx, id);" % names[via - 1]
            chain[k] = chain[via] + 1
        dep = names[deps[0] - 1] if deps else name
        fields = {"name": name, "table": table, "dep": dep, "n": 3 + k % 11, "m": k % 3,
                  "deps_apply": "".join("\n    %s::apply(tx, id);" % names[d - 1] for d in deps)}
        head = ["// %s: generated by tools/benchmark/project.py" % name, '#include "shop/%s.h"' % name]
        head += ['#include "shop/%s.h"' % names[d - 1] for d in sorted(deps)]
        head += ["#include <future>", "#include <string>", "#include <thread>", "#include <vector>", "",
                 "namespace shop::%s {" % name, "",
                 "namespace {", 'const char *const kTable = "%s";' % table, "} // namespace"]
        text = "\n".join(head) + "\n" + EXPORTS.format(notify=notify)
        path = "src/%s.cpp" % name
        own = rng.sample(range(len(CLEAN)), 5 + rng.randrange(2))
        bug = BUGS[(k // BUG_EVERY) % len(BUGS)] if k % BUG_EVERY == 3 else None
        functions = [("clean", CLEAN[i][0], CLEAN[i][1]) for i in sorted(own)]
        if bug:
            functions.insert(rng.randrange(len(functions) + 1), ("bug", bug[0], bug[3]))
        for what, _, template in functions:
            body = template.format(**fields)
            first = text.count("\n") + 2  # the body starts with a blank line
            text += body
            last = text.count("\n")
            function = re.search(r"(\w+)\(", body).group(1)
            entry = {"file": path, "first": first, "last": last, "function": function}
            if what == "bug":
                entry.update({"kind": bug[0], "check": bug[1], "cross_unit": bug[2]})
                expected["bugs"].append(entry)
            else:
                expected["clean"].append(entry)
        text += "\n} // namespace shop::%s\n" % name
        files[path] = text

    sources = ["src/db.cpp"] + ["src/%s.cpp" % n for n in names]
    files["CMakeLists.txt"] = (
        "# Generated by tools/benchmark/project.py: a service layer of %d units.\n"
        "cmake_minimum_required(VERSION 3.20)\nproject(shop CXX)\nset(CMAKE_CXX_STANDARD 17)\n"
        "set(CMAKE_CXX_STANDARD_REQUIRED ON)\nset(CMAKE_CXX_EXTENSIONS OFF)\n"
        "add_library(shop STATIC\n%s)\ntarget_include_directories(shop PRIVATE include)\n"
        "target_link_libraries(shop PRIVATE pqxx)\n" % (units, "".join("  %s\n" % s for s in sources)))
    for rel, text in files.items():
        path = os.path.join(out, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)

    build = os.path.join(out, "build")
    os.makedirs(build, exist_ok=True)
    database = [{"directory": build,
                 "command": "/usr/bin/c++ -I%s -std=c++17 -o CMakeFiles/shop.dir/%s.o -c %s" % (
                     os.path.join(out, "include"), s, os.path.join(out, s)),
                 "file": os.path.join(out, s)} for s in sources]
    with open(os.path.join(build, "compile_commands.json"), "w") as f:
        json.dump(database, f, indent=2)
    expected["chains"] = {names[k - 1]: depth for k, depth in chain.items()}
    with open(os.path.join(out, "expected.json"), "w") as f:
        json.dump(expected, f, indent=1)
    return expected


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out")
    parser.add_argument("--units", type=int, default=200)
    args = parser.parse_args()
    expected = generate(args.out, args.units)
    bugs = expected["bugs"]
    print("%s: %d units, %d planted bugs (%d only across units), %d clean functions" % (
        args.out, args.units, len(bugs), sum(b["cross_unit"] for b in bugs), len(expected["clean"])))


if __name__ == "__main__":
    main()
