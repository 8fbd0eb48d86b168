//===- FuzzPrelude.h - Library declarations the fuzz inputs use -*- C++ -*-===//
//
// A self-contained stand-in for the headers of the libraries the built-in
// rule packs model (rules/*.yaml): the same qualified names, simplified
// signatures, no definitions the engine needs. No real header is included,
// so that parsing a generated translation unit stays fast. Parsed as the
// system header <txscope_fuzz.h> (-isystem), as real library headers are.
//
//===----------------------------------------------------------------------===//
#ifndef TXSCOPE_FUZZ_FUZZPRELUDE_H
#define TXSCOPE_FUZZ_FUZZPRELUDE_H

namespace txscope::fuzz {

inline const char *const PreludeFileName = "/txscope-fuzz/include/txscope_fuzz.h";
inline const char *const PreludeIncludeDir = "/txscope-fuzz/include";

inline const char *const Prelude = R"cpp(
#pragma once
typedef decltype(sizeof 0) size_t;

namespace std {
using size_t = ::size_t;
template <class T> struct remove_reference { using type = T; };
template <class T> struct remove_reference<T &> { using type = T; };
template <class T> struct remove_reference<T &&> { using type = T; };
template <class T> constexpr typename remove_reference<T>::type &&move(T &&t) noexcept {
  return static_cast<typename remove_reference<T>::type &&>(t);
}
template <class T> constexpr T &&forward(typename remove_reference<T>::type &t) noexcept {
  return static_cast<T &&>(t);
}
template <class T> T &&declval() noexcept;
template <class F, class... A> using invoke_result_t = decltype(declval<F>()(declval<A>()...));
template <class T> class reference_wrapper {
public:
  reference_wrapper(T &);
  operator T &() const;
};
template <class T> reference_wrapper<T> ref(T &) noexcept;
template <class T> reference_wrapper<const T> cref(const T &) noexcept;

namespace chrono {
struct milliseconds { explicit milliseconds(long); };
struct seconds { explicit seconds(long); };
}

class exception {
public:
  exception() noexcept;
  virtual ~exception();
  virtual const char *what() const noexcept;
};
class runtime_error : public exception {
public:
  explicit runtime_error(const char *);
};

enum class launch { async = 1, deferred = 2 };
constexpr launch operator|(launch a, launch b) { return launch(int(a) | int(b)); }
enum class future_status { ready, timeout, deferred };

template <class T> class shared_future;
template <class T> class future {
public:
  future() noexcept;
  future(future &&) noexcept;
  future(const future &) = delete;
  future &operator=(future &&) noexcept;
  ~future();
  T get();
  void wait() const;
  bool valid() const noexcept;
  future_status wait_for(chrono::milliseconds) const;
  future_status wait_until(int) const;
  shared_future<T> share() noexcept;
};
template <class T> class shared_future {
public:
  shared_future() noexcept;
  shared_future(future<T> &&) noexcept;
  shared_future(const shared_future &);
  ~shared_future();
  T get() const;
  void wait() const;
  future_status wait_for(chrono::milliseconds) const;
};
template <class T> class promise {
public:
  promise();
  promise(promise &&) noexcept;
  ~promise();
  future<T> get_future();
  void set_value();
};
template <class F, class... A> future<invoke_result_t<F, A...>> async(F &&f, A &&...a) { return {}; }
template <class F, class... A> future<invoke_result_t<F, A...>> async(launch policy, F &&f, A &&...a) { return {}; }

class thread {
public:
  thread() noexcept;
  template <class F, class... A> explicit thread(F &&f, A &&...a) {}
  thread(thread &&) noexcept;
  thread(const thread &) = delete;
  thread &operator=(thread &&) noexcept;
  ~thread();
  bool joinable() const noexcept;
  void join();
  void detach();
};
class jthread {
public:
  jthread() noexcept;
  template <class F, class... A> explicit jthread(F &&f, A &&...a) {}
  jthread(jthread &&) noexcept;
  jthread &operator=(jthread &&) noexcept;
  ~jthread();
  bool joinable() const noexcept;
  void join();
  void detach();
  bool request_stop() noexcept;
};
template <class> class packaged_task;
template <class R, class... A> class packaged_task<R(A...)> {
public:
  packaged_task() noexcept;
  template <class F> explicit packaged_task(F &&f) {}
  packaged_task(packaged_task &&) noexcept;
  ~packaged_task();
  future<R> get_future();
  void operator()(A... a);
};

template <class T> class vector {
public:
  vector();
  vector(vector &&) noexcept;
  ~vector();
  void push_back(T &&);
  template <class... A> T &emplace_back(A &&...) { return back(); }
  T *begin();
  T *end();
  T &operator[](size_t);
  T &back();
  size_t size() const;
  void clear();
  void pop_back();
};
template <class T> class function;
template <class R, class... A> class function<R(A...)> {
public:
  function();
  template <class F> function(F) {}
  R operator()(A...) const;
};
template <class T> class shared_ptr {
public:
  shared_ptr();
  shared_ptr(const shared_ptr &);
  ~shared_ptr();
  T *operator->() const;
  T &operator*() const;
};
template <class T, class... A> shared_ptr<T> make_shared(A &&...) { return {}; }
template <class T> class unique_ptr {
public:
  unique_ptr();
  unique_ptr(unique_ptr &&);
  ~unique_ptr();
  T *operator->() const;
  T &operator*() const;
};
template <class T, class... A> unique_ptr<T> make_unique(A &&...) { return {}; }
class mutex {
public:
  void lock();
  void unlock();
};
template <class M> class lock_guard {
public:
  explicit lock_guard(M &);
  ~lock_guard();
};

template <class R, class... A> struct coroutine_traits { using promise_type = typename R::promise_type; };
template <class P = void> struct coroutine_handle;
template <> struct coroutine_handle<void> {
  static coroutine_handle from_address(void *a) noexcept { coroutine_handle h; h.p = a; return h; }
  void *address() const noexcept { return p; }
  void resume() const { __builtin_coro_resume(p); }
  void destroy() const { __builtin_coro_destroy(p); }
  bool done() const { return __builtin_coro_done(p); }
  void *p = nullptr;
};
template <class P> struct coroutine_handle : coroutine_handle<> {
  static coroutine_handle from_address(void *a) noexcept { coroutine_handle h; h.p = a; return h; }
  static coroutine_handle from_promise(P &pr) noexcept {
    coroutine_handle h;
    h.p = __builtin_coro_promise(&pr, alignof(P), true);
    return h;
  }
  P &promise() const { return *static_cast<P *>(__builtin_coro_promise(p, alignof(P), false)); }
};
struct suspend_always {
  bool await_ready() const noexcept { return false; }
  void await_suspend(coroutine_handle<>) const noexcept {}
  void await_resume() const noexcept {}
};
struct suspend_never {
  bool await_ready() const noexcept { return true; }
  void await_suspend(coroutine_handle<>) const noexcept {}
  void await_resume() const noexcept {}
};
} // namespace std

// The promise of every coroutine type below: lazy (suspends at its start).
namespace txfz {
template <class Task> struct promise {
  Task get_return_object() noexcept;
  std::suspend_always initial_suspend() noexcept { return {}; }
  std::suspend_always final_suspend() noexcept { return {}; }
  void return_void() noexcept {}
  void unhandled_exception() noexcept {}
};
// A project's own coroutine type that no pack models.
struct Task {
  using promise_type = promise<Task>;
  bool await_ready() noexcept;
  void await_suspend(std::coroutine_handle<>) noexcept;
  void await_resume() noexcept;
};
// An eager fire-and-forget coroutine type (never suspends at its start).
struct Eager {
  struct promise_type {
    Eager get_return_object() noexcept { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() noexcept {}
    void unhandled_exception() noexcept {}
  };
};
template <class... T> void consume(T &&...) {}
template <class T> void take(T &&) {}
bool flag();
int number();
void work();
[[noreturn]] void fail();
} // namespace txfz

namespace pqxx {
class connection {
public:
  connection();
  explicit connection(const char *);
  ~connection();
};
class result {
public:
  int size() const;
};
class transaction_base {
public:
  transaction_base(const transaction_base &) = delete;
  virtual ~transaction_base();
  void commit();
  void abort();
  result exec(const char *);
  result exec0(const char *);
protected:
  explicit transaction_base(connection &);
};
class dbtransaction : public transaction_base {
protected:
  explicit dbtransaction(connection &);
};
template <int Isolation = 0> class transaction : public dbtransaction {
public:
  explicit transaction(connection &c, const char *name = "");
};
using work = transaction<>;
class read_transaction : public dbtransaction {
public:
  explicit read_transaction(connection &);
};
class nontransaction : public transaction_base {
public:
  explicit nontransaction(connection &);
};
class subtransaction : public dbtransaction {
public:
  explicit subtransaction(dbtransaction &, const char *name = "");
};
} // namespace pqxx

namespace SQLite {
class Database {
public:
  explicit Database(const char *);
  int exec(const char *);
};
class Transaction {
public:
  explicit Transaction(Database &);
  ~Transaction();
  void commit();
  void rollback();
};
class Savepoint {
public:
  Savepoint(Database &, const char *);
  ~Savepoint();
  void release();
  void rollback();
};
} // namespace SQLite

struct pg_conn;
typedef struct pg_conn PGconn;
struct pg_result;
typedef struct pg_result PGresult;
extern "C" PGresult *PQexec(PGconn *, const char *);
extern "C" void PQclear(PGresult *);
struct sqlite3;
extern "C" int sqlite3_exec(sqlite3 *, const char *, int (*)(void *, int, char **, char **), void *, char **);

class QString {
public:
  QString(const char *);
};
class QSqlDatabase {
public:
  static QSqlDatabase database();
  bool transaction();
  bool commit();
  bool rollback();
};
template <class T> class QFuture {
public:
  QFuture();
  ~QFuture();
  void waitForFinished();
  T result();
  bool isFinished() const;
};
class QThreadPool {
public:
  QThreadPool();
  ~QThreadPool();
  static QThreadPool *globalInstance();
  template <class F> void start(F &&) {}
  template <class F> bool tryStart(F &&) { return true; }
  bool waitForDone(int msecs = -1);
};
template <class T> class QFutureSynchronizer {
public:
  QFutureSynchronizer();
  ~QFutureSynchronizer();
  void addFuture(const QFuture<T> &);
  void waitForFinished();
};
namespace QtConcurrent {
template <class F, class... A> QFuture<std::invoke_result_t<F, A...>> run(F &&f, A &&...a) { return {}; }
template <class F, class... A> QFuture<std::invoke_result_t<F, A...>> run(QThreadPool *, F &&f, A &&...a) { return {}; }
} // namespace QtConcurrent

namespace asio {
template <class T = void> class awaitable {
public:
  using promise_type = txfz::promise<awaitable>;
  bool await_ready() noexcept;
  void await_suspend(std::coroutine_handle<>) noexcept;
  T await_resume() noexcept;
};
struct detached_t {};
inline constexpr detached_t detached{};
struct use_future_t {};
inline constexpr use_future_t use_future{};
class thread_pool {
public:
  struct executor_type {};
  explicit thread_pool(int threads = 1);
  ~thread_pool();
  executor_type get_executor();
  void join();
  void wait();
  void stop();
};
class io_context {
public:
  struct executor_type {};
  executor_type get_executor();
  void run();
};
template <class E, class A> void co_spawn(E &&, A &&, detached_t) {}
template <class E, class A> std::future<void> co_spawn(E &&, A &&, use_future_t) { return {}; }
template <class E, class F> void post(E &&, F &&) {}
template <class E, class F> void dispatch(E &&, F &&) {}
template <class E, class F> void defer(E &&, F &&) {}
} // namespace asio

namespace cppcoro {
template <class T = void> class task {
public:
  using promise_type = txfz::promise<task>;
  bool await_ready() noexcept;
  void await_suspend(std::coroutine_handle<>) noexcept;
  T await_resume() noexcept;
};
template <class A> void sync_wait(A &&) {}
template <class... A> task<> when_all(A &&...) { return {}; }
class async_scope {
public:
  template <class A> void spawn(A &&) {}
  task<> join();
};
} // namespace cppcoro

namespace tbb {
namespace detail {
namespace d1 {
class task_group {
public:
  task_group();
  ~task_group();
  template <class F> void run(F &&) {}
  template <class F> void run_and_wait(F &&) {}
  void wait();
};
} // namespace d1
} // namespace detail
inline namespace v1 {
using detail::d1::task_group;
}
} // namespace tbb

namespace mongocxx {
class client_session {
public:
  using with_transaction_cb = std::function<void(client_session *)>;
  void start_transaction();
  void commit_transaction();
  void abort_transaction();
  void with_transaction(with_transaction_cb cb);
};
} // namespace mongocxx

// A project's own wrappers, described by annotations only.
namespace acme {
class Connection {};
class [[clang::annotate("txscope::transaction")]] UnitOfWork {
public:
  explicit UnitOfWork(Connection &);
  ~UnitOfWork();
  void execute(const char *);
  [[clang::annotate("txscope::transaction_end")]] void save();
};
class [[clang::annotate("txscope::task_handle")]] Job {
public:
  Job(Job &&);
  ~Job();
  [[clang::annotate("txscope::join")]] void wait();
  [[clang::annotate("txscope::timed_wait")]] bool waitFor(int ms);
};
[[clang::annotate("txscope::spawn")]] Job submit(std::function<void()> work);
[[clang::annotate("txscope::join")]] void waitAll(std::vector<Job> &jobs);
class Db {
public:
  [[clang::annotate("txscope::transaction_callback")]] void transact(std::function<void(pqxx::work &)> body);
};
} // namespace acme
)cpp";

} // namespace txscope::fuzz

#endif
