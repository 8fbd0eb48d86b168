//===- rule_pack_fuzzer.cpp - Rule-pack parsing and loading ---------------===//
//
// The input is a rule pack (rules/README.md). It goes through
//  - parseRulePack(), whose error must read "FILE:LINE:COL: error: ...";
//  - loadRulePacks(), as a RuleFiles entry after a selection of built-in
//    packs (the file is a memfd, read through /proc/self/fd), which must
//    agree with parseRulePack();
//  - and, when it loads, an Analyzer holding the loaded packs, run over a
//    fixed translation unit parsed once (FuzzPrelude.h and functions using
//    it): every rule name is resolved against that unit's declarations and
//    every rule is consulted by the analysis.
//
//===----------------------------------------------------------------------===//
#include "Analyzer.h"
#include "FuzzPrelude.h"
#include "RuleParser.h"
#include "RuleSet.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/Frontend/ASTUnit.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdint>
#include <cstdlib>
#include <string>
#include <sys/mman.h>
#include <unistd.h>

namespace {

const char *const Sample = R"cpp(
#include <txscope_fuzz.h>
extern pqxx::connection c;
extern SQLite::Database sdb;
extern PGconn *pg;
extern QSqlDatabase qdb;
extern mongocxx::client_session session;
extern acme::Db adb;

void pqxxAsync() {
  pqxx::work w(c);
  auto f = std::async(std::launch::async, [&] { w.exec("UPDATE t SET x = 1"); });
  w.commit();
  f.get();
}
void threadDetached() {
  SQLite::Transaction t(sdb);
  std::thread th([&t] { sdb.exec("INSERT INTO t VALUES (1)"); });
  th.detach();
  t.commit();
}
void sqlText() {
  PQexec(pg, "BEGIN");
  QFuture<void> q = QtConcurrent::run([] { PQexec(pg, "SELECT 1"); });
  PQexec(pg, "COMMIT");
  q.waitForFinished();
}
void callPair() {
  qdb.transaction();
  std::vector<std::future<void>> fs;
  for (int i = 0; i < 3; ++i)
    fs.push_back(std::async(std::launch::deferred, [] {}));
  qdb.commit();
  for (auto &f : fs) f.wait();
}
cppcoro::task<> coro() {
  pqxx::nontransaction n(c);
  n.exec("BEGIN");
  cppcoro::task<> inner = []() -> cppcoro::task<> { co_return; }();
  asio::thread_pool pool(2);
  asio::co_spawn(pool, []() -> asio::awaitable<void> { co_return; }(), asio::detached);
  asio::post(pool.get_executor(), [] {});
  n.exec("COMMIT");
  co_await inner;
  pool.join();
}
void groups() {
  pqxx::work w(c);
  tbb::task_group g;
  g.run([&] { w.exec("SELECT 1"); });
  QThreadPool::globalInstance()->start([] {});
  QFutureSynchronizer<void> sync;
  sync.addFuture(QtConcurrent::run([] {}));
  std::packaged_task<void()> pt([] {});
  std::future<void> pf = pt.get_future();
  std::jthread jt(std::move(pt));
  w.abort();
  g.wait();
  cppcoro::sync_wait(cppcoro::when_all());
}
void callbacks() {
  adb.transact([&](pqxx::work &w) { std::thread([&] { w.exec("x"); }).detach(); });
  session.with_transaction([&](mongocxx::client_session *s) { auto f = std::async([] {}); });
  session.start_transaction();
  acme::Job j = acme::submit([] {});
  session.commit_transaction();
  j.wait();
}
template <class T> void templ(T &tx) {
  std::shared_future<void> f = std::async([&] { tx.exec("x"); }).share();
  tx.commit();
}
template void templ<pqxx::work>(pqxx::work &);
struct Member {
  std::thread th;
  void run() {
    pqxx::subtransaction s(*(pqxx::work *)nullptr);
    th = std::thread([] {});
    s.commit();
  }
};
)cpp";

std::unique_ptr<clang::ASTUnit> *Unit;

/// The input as a file loadRulePacks() can read.
std::string asFile(const uint8_t *Data, size_t Size, int &Fd) {
  Fd = memfd_create("txscope-fuzz-pack", 0);
  if (Fd < 0 || (Size && write(Fd, Data, Size) != ssize_t(Size))) {
    perror("rule_pack_fuzzer: memfd");
    std::abort();
  }
  return "/proc/self/fd/" + std::to_string(Fd);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
  clang::IgnoringDiagConsumer Quiet;
  std::vector<std::string> Args = {"-std=c++20", "-nostdinc++", "-isystem", txscope::fuzz::PreludeIncludeDir,
                                   "-resource-dir=" TXSCOPE_RESOURCE_DIR};
  clang::tooling::FileContentMappings Files = {{txscope::fuzz::PreludeFileName, txscope::fuzz::Prelude}};
  Unit = new std::unique_ptr<clang::ASTUnit>(clang::tooling::buildASTFromCodeWithArgs(
      Sample, Args, "/txscope-fuzz/sample.cpp", "txscope-fuzz", std::make_shared<clang::PCHContainerOperations>(),
      clang::tooling::getClangStripDependencyFileAdjuster(), Files, &Quiet));
  if (!*Unit || (*Unit)->getDiagnostics().hasErrorOccurred()) {
    llvm::errs() << "rule_pack_fuzzer: the sample unit does not compile\n";
    std::abort();
  }
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  if (Size > 65536)
    return -1;
  llvm::StringRef Text(reinterpret_cast<const char *>(Data), Size);

  llvm::Expected<txscope::RulePack> Pack = txscope::parseRulePack(Text, "fuzz.yaml");
  bool Parsed = bool(Pack);
  if (!Parsed) {
    std::string Message = llvm::toString(Pack.takeError());
    if (!llvm::StringRef(Message).startswith("fuzz.yaml:") || Message.find(": error: ") == std::string::npos) {
      llvm::errs() << "rule_pack_fuzzer: error message not in the FILE:LINE:COL: error: form: " << Message << "\n";
      std::abort();
    }
  }

  int Fd;
  std::string Path = asFile(Data, Size, Fd);
  static const char *const Selections[] = {"none", "std", "pqxx, std;qt", "all"};
  std::string Selection = Selections[(Size + (Size ? Data[0] : 0)) % 4];
  auto Loaded = txscope::loadRulePacks(Selection, {Path});
  close(Fd);
  if (bool(Loaded) != Parsed) {
    llvm::errs() << "rule_pack_fuzzer: parseRulePack and loadRulePacks disagree\n";
    std::abort();
  }
  if (!Loaded) {
    llvm::consumeError(Loaded.takeError());
    return 0;
  }

  for (bool Strict : {false, true}) {
    txscope::AnalysisOptions Options;
    Options.StrictMode = Strict;
    txscope::Analyzer Engine(*Loaded, Options);
    std::vector<txscope::Finding> Findings = Engine.analyzeTranslationUnit((*Unit)->getASTContext());
    size_t Total = 0;
    for (const txscope::Finding &F : Findings)
      Total += F.Message.size() + F.Notes.size();
    (void)Total;
  }
  return 0;
}
