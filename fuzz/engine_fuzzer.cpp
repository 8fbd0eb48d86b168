//===- engine_fuzzer.cpp - The engine on generated function bodies --------===//
//
// Turns the fuzz input into a C++20 translation unit with a grammar-based
// generator: functions, coroutines, lambdas and member functions mixing the
// transactions and task APIs of the built-in packs (declared by
// FuzzPrelude.h, no real header) with joins, detaches, moves, containers of
// handles, branches, loops, early returns, try/catch, switch and goto. Some
// inputs also produce code that does not compile. The unit is parsed in
// process and every function is analysed with the built-in packs, in
// default and in strict mode: the engine must never crash, whatever parsed,
// and must tell the same over regions as over whole bodies (Regions.h).
//
// TXSCOPE_FUZZ_PRINT=1 in the environment prints each generated unit to
// stderr (for turning a reproducer into a readable test case);
// TXSCOPE_FUZZ_SOURCE=FILE analyses FILE instead of the generated unit (it
// can #include <txscope_fuzz.h>), for minimising a reproducer by hand.
//
//===----------------------------------------------------------------------===//
#include "Analyzer.h"
#include "FuzzPrelude.h"
#include "RuleSet.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/Frontend/ASTUnit.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdint>
#include <cstdlib>
#include <fuzzer/FuzzedDataProvider.h>
#include <optional>
#include <string>
#include <vector>

namespace {

enum class Kind {
  PqxxTx,   // pqxx::work and friends: exec, commit, abort
  NonTx,    // pqxx::nontransaction: exec("BEGIN") ... exec("COMMIT")
  SqliteTx, // SQLite::Transaction: commit, rollback
  Savepoint,
  Uow,      // acme::UnitOfWork (annotations): execute, save
  Future,   // std::future<void>
  SharedFuture,
  Thread,
  JThread,
  QFut,     // QFuture<void>
  Job,      // acme::Job (annotations)
  CoTask,   // cppcoro::task<>
  FutureVec,
  ThreadVec,
  JobVec,
  Pool,     // asio::thread_pool
  Group,    // tbb::task_group
  Sync,     // QFutureSynchronizer<void>
  Lambda,
  Packaged, // std::packaged_task<void()>
};

struct Var {
  std::string Name;
  Kind K;
};

enum class FnKind { Plain, ReturnsFuture, ReturnsThread, Template, Member, Coroutine };

/// What the statements being generated are inside of.
struct Context {
  FnKind Fn = FnKind::Plain;
  bool Coroutine = false;
  bool InLoop = false;
  bool InSwitch = false;
  bool Member = false;
  bool SeesN = true; ///< The parameter n is visible (not in a lambda that does not capture it).
  std::vector<std::string> Labels; ///< defined so far in this function body
  std::vector<std::string> Forward; ///< jumped to, defined at the end
};

class Generator {
public:
  explicit Generator(FuzzedDataProvider &In) : In(In) {}

  std::string run() {
    Broken = In.ConsumeIntegralInRange<int>(0, 7) == 0; // some inputs do not compile
    Out += "#include <txscope_fuzz.h>\n";
    Out += "extern pqxx::connection c;\nextern SQLite::Database sdb;\nextern PGconn *pg;\n"
           "extern sqlite3 *sq;\nextern QSqlDatabase qdb;\nextern asio::thread_pool gpool;\n"
           "extern tbb::task_group gtg;\nextern mongocxx::client_session session;\n"
           "extern acme::Connection ac;\nextern acme::Db adb;\nextern std::mutex gm;\n"
           "extern std::vector<std::future<void>> gfutures;\n";
    unsigned Functions = In.ConsumeIntegralInRange<unsigned>(1, 4);
    for (unsigned I = 0; I < Functions && In.remaining_bytes(); ++I)
      function(I);
    return Out;
  }

private:
  FuzzedDataProvider &In;
  std::string Out;
  bool Broken = false;
  unsigned Counter = 0;
  unsigned Statements = 0;
  int Depth = 0;
  std::vector<Var> Vars;
  std::vector<std::string> Callable;  ///< earlier functions: "f0(n)", "S1{}.run(n)", ...
  std::vector<std::string> Coroutines; ///< earlier cppcoro coroutine calls
  Context Ctx;

  unsigned pick(unsigned N) { return N ? In.ConsumeIntegralInRange<unsigned>(0, N - 1) : 0; }
  bool chance(unsigned OneIn) { return pick(OneIn) == 0; }
  std::string fresh(const char *Prefix) { return Prefix + std::to_string(Counter++); }
  void line(const std::string &S) { Out += std::string(size_t(Depth) * 2 + 2, ' ') + S + "\n"; }

  /// A copy: generating a lambda body replaces Vars.
  std::optional<Var> find(std::initializer_list<Kind> Kinds) {
    std::vector<const Var *> Found;
    for (const Var &V : Vars)
      for (Kind K : Kinds)
        if (V.K == K)
          Found.push_back(&V);
    if (Found.empty())
      return std::nullopt;
    return *Found[pick(unsigned(Found.size()))];
  }
  std::optional<Var> anyTx() { return find({Kind::PqxxTx, Kind::NonTx, Kind::SqliteTx, Kind::Savepoint, Kind::Uow}); }

  // --- Functions -----------------------------------------------------------

  void function(unsigned Index) {
    Vars.clear();
    Ctx = Context();
    Statements = 0;
    std::string Name = "f" + std::to_string(Index);
    bool TxParam = chance(3);
    std::string Params = TxParam ? "int n, pqxx::transaction_base &ptx" : "int n";
    std::string Call = Name + (TxParam ? "(n, ptx)" : "(n)");
    std::string Suffix;
    switch (pick(8)) {
    case 0:
      Ctx.Fn = FnKind::ReturnsFuture;
      Out += "std::future<void> " + Name + "(" + Params + ") {\n";
      break;
    case 1:
      Ctx.Fn = FnKind::ReturnsThread;
      Out += "std::thread " + Name + "(" + Params + ") {\n";
      break;
    case 2:
      Ctx.Fn = FnKind::Template;
      Out += "template <class T> void " + Name + "(T n" + (TxParam ? ", pqxx::transaction_base &ptx" : "") +
             ") {\n";
      Suffix = "template void " + Name + "<int>(int" + (TxParam ? ", pqxx::transaction_base &" : "") + ");\n";
      break;
    case 3:
      Ctx.Fn = FnKind::Member;
      Ctx.Member = true;
      Out += "struct S" + std::to_string(Index) + " {\n  pqxx::work *tx;\n  std::thread th;\n"
             "  std::future<void> fut;\n  void run(" + Params + ") {\n";
      Suffix = "  }\n};\n";
      Call = "S" + std::to_string(Index) + "{}.run" + Call.substr(Name.size());
      break;
    case 4: {
      Ctx.Fn = FnKind::Coroutine;
      Ctx.Coroutine = true;
      static const char *const Types[] = {"cppcoro::task<>", "asio::awaitable<void>", "txfz::Task", "txfz::Eager"};
      unsigned T = pick(4);
      Out += std::string(Types[T]) + " " + Name + "(" + Params + ") {\n";
      if (T == 0)
        Coroutines.push_back(Call);
      break;
    }
    default:
      Out += "void " + Name + "(" + Params + ") {\n";
      break;
    }
    if (TxParam)
      Vars.push_back({"ptx", Kind::PqxxTx});
    block(0);
    if (Ctx.Coroutine)
      line("co_return;");
    else if (Ctx.Fn == FnKind::ReturnsFuture || Ctx.Fn == FnKind::ReturnsThread)
      line("return {};");
    flushLabels();
    if (Ctx.Fn == FnKind::Member)
      Out += Suffix;
    else
      Out += "}\n" + Suffix;
    if (Ctx.Fn != FnKind::Coroutine)
      Callable.push_back(Call);
  }

  /// Up to \p Max more statements in the current block (a new scope).
  void block(unsigned Min) {
    size_t Saved = Vars.size();
    unsigned Count = Min + pick(6);
    ++Depth;
    for (unsigned I = 0; I < Count && In.remaining_bytes() && Statements < 80; ++I)
      statement();
    --Depth;
    Vars.resize(Saved);
  }

  void braced(const std::string &Head, unsigned Min = 0) {
    line(Head + " {");
    block(Min);
    line("}");
  }

  // --- Statements ----------------------------------------------------------

  void statement() {
    ++Statements;
    if (Depth > 6) {
      simple();
      return;
    }
    switch (pick(Broken ? 24 : 23)) {
    case 0: case 1: case 2: beginTransaction(); break;
    case 3: case 4: endTransaction(); break;
    case 5: useTransaction(); break;
    case 6: case 7: case 8: startTask(); break;
    case 9: case 10: join(); break;
    case 11: moveHandle(); break;
    case 12: declareHolder(); break;
    case 13: ifStatement(); break;
    case 14: loop(); break;
    case 15: tryCatch(); break;
    case 16: braced(""); break;
    case 17: jump(); break;
    case 18: lambda(); break;
    case 19: earlyExit(); break;
    case 20: callOther(); break;
    case 21: switchStatement(); break;
    case 22: simple(); break;
    default: garbage(); break;
    }
  }

  void simple() {
    switch (pick(4)) {
    case 0: line("txfz::work();"); break;
    case 1: line("std::lock_guard<std::mutex> " + fresh("lk") + "(gm);"); break;
    case 2: if (std::optional<Var> T = anyTx()) { useTx(*T); break; } line("int " + fresh("x") + " = " + n() + ";"); break;
    default: line(";"); break;
    }
  }

  std::string n() const { return Ctx.SeesN ? "n" : "3"; }

  void beginTransaction() {
    std::string Name = fresh("t");
    switch (pick(12)) {
    case 0: line("pqxx::work " + Name + "(c);"); Vars.push_back({Name, Kind::PqxxTx}); break;
    case 1: line("pqxx::work " + Name + "{c, \"named\"};"); Vars.push_back({Name, Kind::PqxxTx}); break;
    case 2: line("pqxx::read_transaction " + Name + "(c);"); Vars.push_back({Name, Kind::PqxxTx}); break;
    case 3: {
      line("pqxx::nontransaction " + Name + "(c);");
      Vars.push_back({Name, Kind::NonTx});
      if (!chance(3))
        line(Name + ".exec(\"BEGIN\");");
      break;
    }
    case 4: line("SQLite::Transaction " + Name + "(sdb);"); Vars.push_back({Name, Kind::SqliteTx}); break;
    case 5: line("SQLite::Savepoint " + Name + "(sdb, \"sp\");"); Vars.push_back({Name, Kind::Savepoint}); break;
    case 6: line("acme::UnitOfWork " + Name + "(ac);"); Vars.push_back({Name, Kind::Uow}); break;
    case 7: line("PQexec(pg, \"BEGIN\");"); break;
    case 8: line("sqlite3_exec(sq, \"BEGIN TRANSACTION\", nullptr, nullptr, nullptr);"); break;
    case 9: line(chance(2) ? "qdb.transaction();" : "if (!qdb.transaction()) " + ret()); break;
    case 10: line("session.start_transaction();"); break;
    default: {
      // A callback transaction: the lambda's body is the scope.
      bool Mongo = chance(2);
      line(Mongo ? "session.with_transaction([&](mongocxx::client_session *s) {"
                 : "adb.transact([&](pqxx::work &w) {");
      Context Saved = Ctx;
      Ctx = Context();
      size_t SavedVars = Vars.size();
      if (!Mongo)
        Vars.push_back({"w", Kind::PqxxTx});
      block(1);
      ++Depth;
      flushLabels();
      --Depth;
      Vars.resize(SavedVars);
      Ctx = Saved;
      line("});");
      break;
    }
    }
  }

  void endTransaction() {
    std::optional<Var> T = anyTx();
    if (!T || chance(5)) {
      static const char *const Sql[] = {"PQexec(pg, \"COMMIT\");", "PQexec(pg, \"ROLLBACK\");",
                                        "sqlite3_exec(sq, \"COMMIT\", nullptr, nullptr, nullptr);",
                                        "qdb.commit();", "qdb.rollback();", "session.commit_transaction();",
                                        "session.abort_transaction();", "PQexec(pg, \"END\");"};
      line(Sql[pick(8)]);
      return;
    }
    switch (T->K) {
    case Kind::PqxxTx: line(T->Name + (chance(2) ? ".commit();" : ".abort();")); break;
    case Kind::NonTx: line(T->Name + (chance(2) ? ".exec(\"COMMIT\");" : ".exec0(\"ROLLBACK\");")); break;
    case Kind::SqliteTx: line(T->Name + (chance(2) ? ".commit();" : ".rollback();")); break;
    case Kind::Savepoint: line(T->Name + (chance(2) ? ".release();" : ".rollback();")); break;
    default: line(T->Name + ".save();"); break;
    }
  }

  void useTx(const Var &T) {
    switch (T.K) {
    case Kind::PqxxTx: case Kind::NonTx: line(T.Name + ".exec(\"UPDATE t SET x = x + 1\");"); break;
    case Kind::Uow: line(T.Name + ".execute(\"DELETE FROM t\");"); break;
    default: line("sdb.exec(\"INSERT INTO t VALUES (1)\");"); break;
    }
  }

  void useTransaction() {
    if (std::optional<Var> T = anyTx())
      useTx(*T);
    else
      line("PQexec(pg, \"SELECT 1\");");
  }

  /// A callable for a task: a lambda (often touching a transaction), an
  /// earlier lambda variable, or a plain function.
  std::string callable(bool Coroutine = false) {
    if (!Coroutine) {
      if (std::optional<Var> L = find({Kind::Lambda}); L && chance(3))
        return chance(2) ? L->Name : "std::move(" + L->Name + ")";
      if (chance(8))
        return chance(2) ? "txfz::work" : "&txfz::work";
    }
    std::string Capture;
    std::optional<Var> T;
    if (std::optional<Var> Found = anyTx())
      T = *Found;
    enum { All, None, Named, Pointer } Sees = All;
    switch (pick(7)) {
    case 0: Capture = "[&]"; break;
    case 1: Capture = "[=]"; break;
    case 2: Capture = T ? "[&" + T->Name + "]" : "[]"; Sees = T ? Named : None; break;
    case 3: // a copy: pqxx's does not compile, so rarely
      if (T && (T->K == Kind::SqliteTx || T->K == Kind::Savepoint || chance(4)))
        Capture = "[" + T->Name + "]";
      else
        Capture = T ? "[&" + T->Name + "]" : "[]";
      Sees = T ? Named : None;
      break;
    case 4: Capture = T ? "[p = &" + T->Name + "]" : "[]"; Sees = T ? Pointer : None; break;
    case 5: {
      std::optional<Var> H = find({Kind::Future, Kind::Thread, Kind::Job});
      Capture = H ? "[&, h = std::move(" + H->Name + ")]" : "[&]";
      break;
    }
    default: Capture = Ctx.Member ? "[this]" : "[]"; Sees = None; break;
    }
    std::string Text = Capture + (Coroutine ? "() -> cppcoro::task<> {\n" : "() mutable {\n");
    // The body sees what the lambda captures.
    std::string SavedOut = std::move(Out);
    Out.clear();
    Context SavedCtx = Ctx;
    Ctx = Context();
    Ctx.Coroutine = Coroutine;
    Ctx.Member = SavedCtx.Member && Capture == "[this]";
    Ctx.SeesN = SavedCtx.SeesN && Sees == All;
    std::vector<Var> SavedVars = Vars;
    if (Sees != All)
      Vars.clear();
    if (Sees == Named)
      Vars.push_back(*T);
    ++Depth;
    if (Sees == Pointer)
      line(T->K == Kind::Uow ? "p->execute(\"SELECT 1\");" : T->K == Kind::PqxxTx || T->K == Kind::NonTx ? "p->exec(\"SELECT 1\");" : "(void)p;");
    else if (T && Sees != None && !chance(3))
      useTx(*T);
    --Depth;
    ++Depth;
    block(0);
    if (Coroutine)
      line("co_return;");
    flushLabels();
    --Depth;
    Vars = std::move(SavedVars);
    Ctx = SavedCtx;
    std::string Body = std::move(Out);
    Out = std::move(SavedOut);
    return Text + Body + std::string(size_t(Depth) * 2 + 2, ' ') + "}";
  }

  void startTask() {
    std::string H = fresh("h");
    switch (pick(22)) {
    case 0: line("auto " + H + " = std::async(" + callable() + ");"); Vars.push_back({H, Kind::Future}); break;
    case 1: {
      static const char *const Policies[] = {"std::launch::async", "std::launch::deferred",
                                             "std::launch::async | std::launch::deferred"};
      line("std::future<void> " + H + " = std::async(" + Policies[pick(3)] + ", " + callable() + ");");
      Vars.push_back({H, Kind::Future});
      break;
    }
    case 2: line("std::thread " + H + "(" + callable() + ");"); Vars.push_back({H, Kind::Thread}); break;
    case 3: line("std::thread " + H + " = std::thread(" + callable() + ");"); Vars.push_back({H, Kind::Thread}); break;
    case 4: line("std::jthread " + H + "(" + callable() + ");"); Vars.push_back({H, Kind::JThread}); break;
    case 5: line("QFuture<void> " + H + " = QtConcurrent::run(" + callable() + ");"); Vars.push_back({H, Kind::QFut}); break;
    case 6: line("auto " + H + " = QtConcurrent::run(QThreadPool::globalInstance(), " + callable() + ");"); Vars.push_back({H, Kind::QFut}); break;
    case 7: line("acme::Job " + H + " = acme::submit(" + callable() + ");"); Vars.push_back({H, Kind::Job}); break;
    case 8: line("std::async(" + callable() + ");"); break;
    case 9: line("std::thread(" + callable() + ").detach();"); break;
    case 10: {
      std::optional<Var> P = find({Kind::Pool});
      std::string Pool = P ? P->Name : "gpool";
      line("asio::co_spawn(" + Pool + ", " + callable(true) + "(), asio::detached);");
      break;
    }
    case 11: {
      std::optional<Var> P = find({Kind::Pool});
      std::string Pool = P ? P->Name : "gpool";
      line("auto " + H + " = asio::co_spawn(" + Pool + (chance(2) ? ".get_executor()" : "") + ", " + callable(true) +
           "(), asio::use_future);");
      Vars.push_back({H, Kind::Future});
      break;
    }
    case 12: {
      static const char *const Fns[] = {"asio::post", "asio::dispatch", "asio::defer"};
      std::optional<Var> P = find({Kind::Pool});
      std::string Pool = P ? P->Name : "gpool";
      line(std::string(Fns[pick(3)]) + "(" + Pool + (chance(2) ? ".get_executor()" : "") + ", " + callable() + ");");
      break;
    }
    case 13: {
      std::optional<Var> G = find({Kind::Group});
      line((G ? G->Name : std::string("gtg")) + (chance(3) ? ".run_and_wait(" : ".run(") + callable() + ");");
      break;
    }
    case 14: line(std::string("QThreadPool::globalInstance()->") + (chance(2) ? "start(" : "tryStart(") + callable() + ");"); break;
    case 15: {
      std::string Call = Coroutines.empty() || chance(3) ? callable(true) + "()" : Coroutines[pick(unsigned(Coroutines.size()))];
      line("cppcoro::task<> " + H + " = " + Call + ";");
      Vars.push_back({H, Kind::CoTask});
      break;
    }
    case 16: {
      std::string P = fresh("pt");
      line("std::packaged_task<void()> " + P + "(" + callable() + ");");
      line("std::future<void> " + H + " = " + P + ".get_future();");
      Vars.push_back({H, Kind::Future});
      if (chance(2))
        line("std::thread(std::move(" + P + ")).detach();");
      else
        Vars.push_back({P, Kind::Packaged});
      break;
    }
    case 17: {
      std::optional<Var> V = find({Kind::FutureVec, Kind::ThreadVec, Kind::JobVec});
      if (!V) {
        line("gfutures.push_back(std::async(" + callable() + "));");
        break;
      }
      if (V->K == Kind::FutureVec)
        line(V->Name + ".push_back(std::async(std::launch::async, " + callable() + "));");
      else if (V->K == Kind::ThreadVec)
        line(V->Name + ".emplace_back(" + callable() + ");");
      else
        line(V->Name + ".push_back(acme::submit(" + callable() + "));");
      break;
    }
    case 18:
      if (Ctx.Member) {
        line(chance(2) ? "th = std::thread(" + callable() + ");" : "this->fut = std::async(" + callable() + ");");
        break;
      }
      line("static std::thread " + H + "(" + callable() + ");");
      Vars.push_back({H, Kind::Thread});
      break;
    case 19: {
      std::optional<Var> S = find({Kind::Sync});
      std::string Q = "QtConcurrent::run(" + callable() + ")";
      if (S)
        line(S->Name + ".addFuture(" + Q + ");");
      else
        line("txfz::consume(" + Q + ");");
      break;
    }
    case 20: {
      std::optional<Var> P = find({Kind::Packaged});
      if (P)
        line("std::thread " + H + "(std::move(" + P->Name + "));"), Vars.push_back({H, Kind::Thread});
      else
        line("auto " + H + " = new std::thread(" + callable() + ");");
      break;
    }
    default:
      line("std::shared_future<void> " + H + " = std::async(" + callable() + ").share();");
      Vars.push_back({H, Kind::SharedFuture});
      break;
    }
  }

  void join() {
    std::optional<Var> H = find({Kind::Future, Kind::SharedFuture, Kind::Thread, Kind::JThread, Kind::QFut, Kind::Job,
                         Kind::CoTask, Kind::FutureVec, Kind::ThreadVec, Kind::JobVec, Kind::Pool, Kind::Group,
                         Kind::Sync, Kind::Packaged});
    if (!H) {
      switch (pick(4)) {
      case 0: line("gpool.join();"); break;
      case 1: line("gtg.wait();"); break;
      case 2: line("QThreadPool::globalInstance()->waitForDone(" + std::string(chance(2) ? "" : "100") + ");"); break;
      default: line("for (auto &g : gfutures) g.get();"); break;
      }
      return;
    }
    const std::string &N = H->Name;
    switch (H->K) {
    case Kind::Future: case Kind::SharedFuture: {
      static const char *const Ops[] = {".get();", ".wait();", ".wait_for(std::chrono::milliseconds(10));",
                                        ".wait_until(0);"};
      line((chance(5) ? "if (" + N + ".valid()) " : std::string()) + N + Ops[pick(4)]);
      break;
    }
    case Kind::Thread: case Kind::JThread:
      line(chance(3) ? "if (" + N + ".joinable()) " + N + ".join();" : N + (chance(3) ? ".detach();" : ".join();"));
      break;
    case Kind::QFut: line(N + (chance(2) ? ".waitForFinished();" : ".result();")); break;
    case Kind::Job: line(N + (chance(3) ? ".waitFor(100);" : ".wait();")); break;
    case Kind::CoTask:
      if (Ctx.Coroutine && chance(2))
        line(chance(2) ? "co_await " + N + ";" : "co_await cppcoro::when_all(std::move(" + N + "));");
      else
        line("cppcoro::sync_wait(" + N + ");");
      break;
    case Kind::FutureVec:
      line(chance(2) ? "for (auto &f : " + N + ") f.get();" : "for (std::size_t i = 0; i < " + N + ".size(); ++i) " + N + "[i].wait();");
      break;
    case Kind::ThreadVec: line("for (auto &th : " + N + ") " + (chance(4) ? "th.detach();" : "th.join();")); break;
    case Kind::JobVec: line(chance(2) ? "acme::waitAll(" + N + ");" : "for (auto &j : " + N + ") j.wait();"); break;
    case Kind::Pool: line(N + (chance(2) ? ".join();" : ".wait();")); break;
    case Kind::Group: line(N + ".wait();"); break;
    case Kind::Sync: line(N + ".waitForFinished();"); break;
    default: line(N + "();"); break;
    }
  }

  void moveHandle() {
    std::optional<Var> H = find({Kind::Future, Kind::Thread, Kind::JThread, Kind::Job, Kind::QFut, Kind::CoTask});
    if (!H) {
      line("txfz::consume(" + n() + ");");
      return;
    }
    Var Copy = *H;
    switch (pick(6)) {
    case 0: case 1: {
      std::string N = fresh("m");
      line("auto " + N + " = std::move(" + Copy.Name + ");");
      Vars.push_back({N, Copy.K});
      break;
    }
    case 2: line("txfz::take(std::move(" + Copy.Name + "));"); break;
    case 3: line("txfz::consume(&" + Copy.Name + ");"); break;
    case 4:
      if ((Ctx.Fn == FnKind::ReturnsFuture && Copy.K == Kind::Future && !Ctx.Coroutine) ||
          (Ctx.Fn == FnKind::ReturnsThread && Copy.K == Kind::Thread && !Ctx.Coroutine)) {
        line("return " + Copy.Name + ";");
        break;
      }
      if (Copy.K == Kind::Future)
        line("gfutures.push_back(std::move(" + Copy.Name + "));");
      else
        line("txfz::take(" + Copy.Name + ");");
      break;
    default: {
      std::optional<Var> V = find({Kind::FutureVec, Kind::ThreadVec, Kind::JobVec});
      if (V)
        line(V->Name + ".push_back(std::move(" + Copy.Name + "));");
      else
        line(Copy.Name + " = {};");
      break;
    }
    }
  }

  void declareHolder() {
    std::string N = fresh("v");
    switch (pick(6)) {
    case 0: line("std::vector<std::future<void>> " + N + ";"); Vars.push_back({N, Kind::FutureVec}); break;
    case 1: line("std::vector<std::thread> " + N + ";"); Vars.push_back({N, Kind::ThreadVec}); break;
    case 2: line("std::vector<acme::Job> " + N + ";"); Vars.push_back({N, Kind::JobVec}); break;
    case 3: line("asio::thread_pool " + N + "(" + std::to_string(pick(4) + 1) + ");"); Vars.push_back({N, Kind::Pool}); break;
    case 4: line("tbb::task_group " + N + ";"); Vars.push_back({N, Kind::Group}); break;
    default: line("QFutureSynchronizer<void> " + N + ";"); Vars.push_back({N, Kind::Sync}); break;
    }
  }

  std::string condition() {
    static const char *const Conds[] = {"txfz::flag()", "!txfz::flag()", "txfz::number() == 2", "n > 3", "n"};
    return Conds[pick(Ctx.SeesN ? 5 : 3)];
  }

  void ifStatement() {
    braced("if (" + condition() + ")");
    if (chance(2)) {
      if (chance(3)) {
        line("else if (" + condition() + ") {");
        block(0);
        line("}");
      }
      braced("else");
    }
  }

  void loop() {
    bool Saved = Ctx.InLoop;
    Ctx.InLoop = true;
    switch (pick(4)) {
    case 0: { std::string I = fresh("i"); braced("for (int " + I + " = 0; " + I + " < " + n() + "; ++" + I + ")", 1); break; }
    case 1: braced("while (" + condition() + ")", 1); break;
    case 2: line("do {"); block(1); line("} while (" + condition() + ");"); break;
    default: {
      std::optional<Var> V = find({Kind::FutureVec, Kind::ThreadVec, Kind::JobVec});
      braced(V ? "for (auto &e : " + V->Name + ")" : "for (auto &e : gfutures)", 1);
      break;
    }
    }
    Ctx.InLoop = Saved;
  }

  void switchStatement() {
    bool Saved = Ctx.InSwitch;
    Ctx.InSwitch = true;
    line("switch (txfz::number()) {");
    unsigned Cases = 1 + pick(3);
    for (unsigned I = 0; I < Cases; ++I) {
      line(I + 1 == Cases && chance(2) ? "default: {" : "case " + std::to_string(I) + ": {");
      block(0);
      line(chance(3) ? "[[fallthrough]]; }" : "break; }");
    }
    line("}");
    Ctx.InSwitch = Saved;
  }

  void tryCatch() {
    braced("try", 1);
    line("catch (const std::exception &e) {");
    block(0);
    if (chance(3))
      line("throw;");
    line("}");
    if (chance(2))
      braced("catch (...)");
  }

  void jump() {
    switch (pick(4)) {
    case 0: { // a label here, jumped back to later
      std::string L = fresh("L");
      line(L + ":;");
      Ctx.Labels.push_back(L);
      break;
    }
    case 1:
      if (!Ctx.Labels.empty()) {
        line("if (" + condition() + ") goto " + Ctx.Labels[pick(unsigned(Ctx.Labels.size()))] + ";");
        break;
      }
      [[fallthrough]];
    case 2: { // forward, to the end of the function
      std::string L = fresh("E");
      line("if (" + condition() + ") goto " + L + ";");
      Ctx.Forward.push_back(L);
      break;
    }
    default:
      if (Ctx.InLoop)
        line(chance(2) ? "if (" + condition() + ") break;" : "if (" + condition() + ") continue;");
      else if (Ctx.InSwitch)
        line("break;");
      else
        line("throw std::runtime_error(\"x\");");
      break;
    }
  }

  /// Defines the labels forward gotos of this body jump to, at its end.
  void flushLabels() {
    for (const std::string &L : Ctx.Forward)
      line(L + ":;");
    Ctx.Forward.clear();
  }

  std::string ret() const {
    if (Ctx.Coroutine)
      return "co_return;";
    return Ctx.Fn == FnKind::ReturnsFuture || Ctx.Fn == FnKind::ReturnsThread ? "return {};" : "return;";
  }

  void earlyExit() {
    std::string Ret = ret();
    switch (pick(4)) {
    case 0: line("if (" + condition() + ") " + Ret); break;
    case 1: line("if (" + condition() + ") throw std::runtime_error(\"fail\");"); break;
    case 2: line("if (" + condition() + ") txfz::fail();"); break;
    default:
      if (Ctx.Coroutine)
        line(chance(2) ? "co_await std::suspend_always{};" : "co_await cppcoro::task<>{};");
      else
        line("if (" + condition() + ") " + Ret);
      break;
    }
  }

  void lambda() {
    std::string N = fresh("l");
    line("auto " + N + " = " + callable() + ";");
    if (chance(2))
      line(N + "();");
    else
      Vars.push_back({N, Kind::Lambda});
  }

  void callOther() {
    if (Callable.empty() || chance(4)) {
      line("txfz::work();");
      return;
    }
    std::string Call = Callable[pick(unsigned(Callable.size()))];
    size_t Arg = Call.find("(n");
    if (Arg != std::string::npos)
      Call.replace(Arg + 1, 1, n());
    // Pass one of our transactions as the callee's transaction parameter.
    size_t Ptx = Call.find("ptx");
    if (Ptx != std::string::npos) {
      std::optional<Var> T = find({Kind::PqxxTx, Kind::NonTx});
      Call.replace(Ptx, 3, T ? T->Name : "*(pqxx::work *)nullptr");
    }
    line(Call + ";");
  }

  void garbage() {
    static const char *const Junk[] = {
        "pqxx::work broken(c)",           // no semicolon
        "undeclared_function(n);",
        "auto z = std::async();",
        "std::thread q(",
        "}",
        "{",
        "co_await n;",
        "int = ;",
        "std::future<void> g = std::async([&] { return undefined_thing; });",
        "goto nowhere;",
        "pqxx::work w2(undeclared_connection);",
        "#define X(a) a a\n  X(txfz::work();)",
        "template <class> void in_body();",
        "return 42;",
        "decltype(auto) d = std::thread(txfz::work);",
        "std::async(std::launch::deferred, [] {}).get() = 1;",
        "@",
        "auto h = [&](auto &&self) { return self(self); }; h(h);",
        "static_assert(false);",
        "throw;",
    };
    if (chance(4)) {
      // Raw text from the input.
      std::string Raw = In.ConsumeRandomLengthString(24);
      line(Raw);
      return;
    }
    line(Junk[pick(sizeof(Junk) / sizeof(Junk[0]))]);
  }
};

std::vector<txscope::RulePack> *BuiltinPacks;
bool PrintSource;
std::string *SourceOverride; ///< TXSCOPE_FUZZ_SOURCE's content, analysed instead of the generated unit

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
  auto Loaded = txscope::loadRulePacks("all", {});
  if (!Loaded) {
    llvm::errs() << "engine_fuzzer: built-in packs do not load: " << llvm::toString(Loaded.takeError()) << "\n";
    std::abort();
  }
  BuiltinPacks = new std::vector<txscope::RulePack>(std::move(*Loaded));
  PrintSource = std::getenv("TXSCOPE_FUZZ_PRINT") != nullptr;
  if (const char *Path = std::getenv("TXSCOPE_FUZZ_SOURCE")) {
    auto Buffer = llvm::MemoryBuffer::getFile(Path);
    if (!Buffer) {
      llvm::errs() << "engine_fuzzer: cannot read " << Path << "\n";
      std::abort();
    }
    SourceOverride = new std::string((*Buffer)->getBuffer().str());
  }
  return 0;
}

static std::vector<txscope::Finding> analyze(clang::ASTUnit &AST, const txscope::AnalysisOptions &Options) {
  txscope::Analyzer Engine(*BuiltinPacks, Options);
  return Engine.analyzeTranslationUnit(AST.getASTContext());
}

/// Every finding and note as text (reading each message and location, so
/// that a dangling one shows).
static std::string findingsText(const std::vector<txscope::Finding> &Findings) {
  std::string Text;
  auto Add = [&](clang::SourceLocation Loc, const std::string &Message) {
    Text += std::to_string(Loc.getRawEncoding()) + " " + Message + "\n";
  };
  for (const txscope::Finding &F : Findings) {
    Add(F.Loc, F.Message);
    for (const txscope::Note &N : F.Notes)
      Add(N.Loc, "  " + N.Message);
  }
  return Text;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  if (Size < 2 || Size > 4096)
    return -1;
  FuzzedDataProvider In(Data, Size);
  bool Strict = In.ConsumeBool();
  std::string Code = Generator(In).run();
  if (SourceOverride)
    Code = *SourceOverride;
  if (PrintSource)
    llvm::errs() << "// ---- generated unit ----\n" << Code << "// ----\n";

  clang::IgnoringDiagConsumer Quiet;
  std::vector<std::string> Args = {"-std=c++20", "-nostdinc++", "-isystem", txscope::fuzz::PreludeIncludeDir,
                                   "-resource-dir=" TXSCOPE_RESOURCE_DIR, "-w", "-ferror-limit=0"};
  clang::tooling::FileContentMappings Files = {{txscope::fuzz::PreludeFileName, txscope::fuzz::Prelude}};
  std::unique_ptr<clang::ASTUnit> AST = clang::tooling::buildASTFromCodeWithArgs(
      Code, Args, "/txscope-fuzz/input.cpp", "txscope-fuzz", std::make_shared<clang::PCHContainerOperations>(),
      clang::tooling::getClangStripDependencyFileAdjuster(), Files, &Quiet);
  if (!AST)
    return 0;
  txscope::AnalysisOptions Options;
  Options.StrictMode = Strict;
  std::string Split = findingsText(analyze(*AST, Options));
  // Analysing over regions must tell exactly what the whole bodies tell.
  Options.SplitRegions = false;
  std::string Whole = findingsText(analyze(*AST, Options));
  if (PrintSource)
    llvm::errs() << Split;
  if (Split != Whole) {
    llvm::errs() << "engine_fuzzer: findings differ between regions and whole bodies\n"
                 << Code << "// ---- over regions:\n" << Split << "// ---- over whole bodies:\n" << Whole;
    std::abort();
  }
  return 0;
}
