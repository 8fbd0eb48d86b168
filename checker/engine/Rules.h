//===- Rules.h - The library model txscope reasons with ---------*- C++ -*-===//
//
// A rule pack describes one library: which types and calls begin and end a
// transaction, which calls start tasks, what handle they yield and how that
// handle is joined. The engine never names a library; everything it knows
// about libraries comes from these plain structs, filled from YAML packs
// (rules/*.yaml, schema in rules/README.md) and from source annotations.
//
//===----------------------------------------------------------------------===//
#ifndef TXSCOPE_ENGINE_RULES_H
#define TXSCOPE_ENGINE_RULES_H

#include <string>
#include <vector>

namespace txscope {

/// What the destructor of a task handle or group does to its pending task(s).
enum class DestructorKind {
  None,               ///< Neither waits nor cancels (QFuture, a promise's future).
  Join,               ///< Blocks until the task finished (std::async future, jthread).
  CancelAndJoin,      ///< Requests cancellation, then blocks (tbb::task_group).
  TerminateIfJoinable ///< std::terminate() when still joinable (std::thread).
};

/// Whether two executions may use one object of a transaction or connection
/// type at the same time (SPEC §2b, pack key `concurrent-use`).
enum class ConcurrentUse {
  Unspecified, ///< The pack does not say: not checked.
  Forbidden,   ///< One execution at a time (libpqxx, SOCI, SQLiteCpp, ...).
  Serialised,  ///< The client queues concurrent statements itself (Drogon).
  ThreadBound  ///< Usable only from the thread that created it (Qt SQL).
};

/// A member call that joins, waits with a timeout, or detaches. A member listed
/// with `OnlyWithoutArguments` joins only when called with no explicit argument
/// (`QThreadPool::waitForDone()` joins, `waitForDone(100)` is a timed wait).
struct MemberRule {
  std::string Name;
  bool OnlyWithoutArguments = false;
};

/// An RAII transaction type: a local of this type (or of a type derived from
/// it) begins a transaction scope that ends at an end method or destruction.
struct TransactionTypeRule {
  std::string Type;                      ///< Qualified name, e.g. pqxx::transaction_base.
  std::vector<std::string> CommitMethods;   ///< e.g. commit
  std::vector<std::string> RollbackMethods; ///< e.g. abort, rollback
  /// Methods that begin a transaction anew on the same object (ODB's
  /// `t.reset(db.begin())`), rolling back one still open. With them, a
  /// default-constructed object holds no transaction until one is called.
  std::vector<std::string> BeginMethods;
  /// The library carries the transaction in the task context: every task
  /// started inside the scope is transaction-bound.
  bool ImplicitContext = false;
  ConcurrentUse Concurrency = ConcurrentUse::Unspecified;
  unsigned Line = 0; ///< Where the rule was declared (for diagnostics).
};

/// A begin/commit/rollback call pair on one receiver (QSqlDatabase, soci::session).
struct CallPairRule {
  std::string ReceiverType;
  std::vector<std::string> BeginMethods;
  std::vector<std::string> CommitMethods;
  std::vector<std::string> RollbackMethods;
  bool ImplicitContext = false;
  ConcurrentUse Concurrency = ConcurrentUse::Unspecified; ///< Of the receiver.
  unsigned Line = 0;
};

/// A connection, session or database handle type (SPEC §2b): what a client
/// forbids sharing, with or without a transaction open on it.
struct ConnectionTypeRule {
  std::string Type;
  ConcurrentUse Concurrency = ConcurrentUse::Forbidden;
  /// Functions returning the shared connection of this type
  /// (QSqlDatabase::database): called with only literal or default
  /// arguments, they name one connection created elsewhere.
  std::vector<std::string> Accessors;
  unsigned Line = 0;
};

/// A rule that only names a class: a scoped lock (std::lock_guard,
/// QMutexLocker: a local of this type holds the mutexes it is constructed
/// with until it is destroyed), or a per-thread container
/// (tbb::enumerable_thread_specific: what a thread gets from it is its own),
/// or an executor that runs what it is given one at a time (asio::strand).
struct ClassNameRule {
  std::string Type;
  unsigned Line = 0;
};

/// A call that sends SQL text over a connection (libpq's PQexec, sqlite3_exec,
/// a pqxx::nontransaction's exec): BEGIN / START TRANSACTION through it
/// begins a transaction on that connection, COMMIT / END / ROLLBACK through
/// it ends it.
struct SqlCallRule {
  std::string Callee;          ///< Free function or method, qualified.
  int ConnectionArgument = -1; ///< The connection's argument index; -1: the object a method is called on.
  int SqlArgument = 0;         ///< The argument carrying the SQL text.
  unsigned Line = 0;
};

/// A call that runs a transaction around a callable it is given
/// (mongocxx's with_transaction, a project's db.transact([&](Tx &tx) {...})):
/// the callable's body is the transaction scope, ending when it returns.
struct CallbackRule {
  std::string Callee;            ///< Function or method, qualified.
  int CallableArgument = 0;      ///< The argument that is the callable.
  int TransactionParameter = -1; ///< The callable's parameter that is the transaction; -1: none.
  bool ImplicitContext = false;
  unsigned Line = 0;
};

/// A call or constructor that starts a task and yields a handle.
struct TaskStartRule {
  /// Qualified name of a free function (std::async) or, when `IsConstructor`,
  /// of a class whose construction starts the task (std::thread).
  std::string Callee;
  bool IsConstructor = false;
  /// Qualified name of the handle type it yields. When empty (and not
  /// `Detached`), the call's return type decides: a handle type is the handle,
  /// `void` means fire-and-forget (asio::co_spawn with asio::detached).
  std::string Handle;
  /// Destructor semantics of the handle *as created by this call*; overrides
  /// the handle type's own `Destructor` (a std::async future blocks, a
  /// std::promise future does not).
  bool HasDestructorOverride = false;
  DestructorKind Destructor = DestructorKind::None;
  /// Argument index carrying a launch policy, or -1. When that argument names
  /// `DeferredPolicy` (and nothing else), the task body runs at its join.
  int PolicyArgument = -1;
  std::string DeferredPolicy;
  /// Fire-and-forget: no handle, the task is detached at its start.
  bool Detached = false;
  /// Argument index of an executor; when it is a group object (a pool) or
  /// obtained from one (`pool.get_executor()`), the task is spawned into that
  /// group and joined with it (asio::post(pool, f)). -1: none.
  int GroupArgument = -1;
  /// A parallel algorithm (QtConcurrent::map, tbb::parallel_for): it runs
  /// its callable on several threads at once, each run an execution of its
  /// own (SPEC §2b).
  bool Parallel = false;
  /// Returns only after everything it started finished (blockingMap,
  /// tbb::parallel_for): joined where it is called.
  bool Blocking = false;
  /// Builds a lazy task (a sender adaptor: stdexec::then): the value it
  /// returns runs the callable only when started, awaited or sync_wait-ed,
  /// and passing it on to another call returning a value (an adaptor,
  /// `operator|`, `when_all`) wraps it in that value.
  bool Lazy = false;
  /// The task is what the call's arguments run (its callbacks): the object
  /// a member is called on (an event loop, a client, the transaction
  /// itself) is the starter's, not the task's.
  bool ArgumentsOnly = false;
  unsigned Line = 0;
};

/// A type through which one task is joined.
struct HandleTypeRule {
  std::string Type;
  std::vector<MemberRule> JoinMethods;
  std::vector<MemberRule> TimedWaitMethods;
  /// Members answering, without waiting, whether the task has finished
  /// (QFuture::isFinished): true on the branch where it has (SPEC §1).
  std::vector<MemberRule> ReadyTestMethods;
  /// The status values a timed wait returns once the task has finished
  /// (std::future_status::ready): compared with one, the wait's result says
  /// on which branch the task is joined. A timed wait returning bool says it
  /// by true.
  std::vector<std::string> ReadyStatus;
  std::vector<MemberRule> DetachMethods;
  DestructorKind Destructor = DestructorKind::None;
  /// A lazy coroutine task (folly::coro::Task, asio::awaitable): it runs only
  /// when awaited or started. Any call returning this type creates one.
  bool Lazy = false;
  /// An eager coroutine type that runs detached (drogon::AsyncTask): any call
  /// returning it starts a task nothing can join.
  bool FireAndForget = false;
  unsigned Line = 0;
};

/// A pool, task group or scope: tasks spawned into it are joined as a whole.
struct GroupTypeRule {
  std::string Type;
  std::vector<std::string> SpawnMethods; ///< Start a task inside the group.
  std::vector<std::string> AdoptMethods; ///< Take ownership of an existing handle.
  std::vector<MemberRule> JoinMethods;
  std::vector<MemberRule> TimedWaitMethods;
  DestructorKind Destructor = DestructorKind::None;
  unsigned Line = 0;
};

/// A task graph (tf::Taskflow): callables added to it run later, when a task
/// start is given the graph (`executor.run(taskflow)`), as part of that task.
struct TaskGraphRule {
  std::string Type;
  std::vector<std::string> AddMethods; ///< Add callables (or other graphs): emplace.
  unsigned Line = 0;
};

/// An object that wraps a callable and runs it when invoked by whatever task
/// receives it (std::packaged_task): the futures it hands out join that task.
struct TaskObjectRule {
  std::string Type;
  std::vector<std::string> FutureMethods; ///< e.g. get_future
  unsigned Line = 0;
};

/// A free function that joins every handle passed to it (directly or inside
/// a container): WaitAll-style helpers and join combinators.
struct JoinFunctionRule {
  std::string Function;
  /// Waits with a timeout (userver's WaitAllCheckedFor): a timed wait of
  /// every handle, joined only on the branch where the result says so.
  bool Timed = false;
  /// The enumerators the timed wait returns once every task finished.
  std::vector<std::string> ReadyStatus;
  unsigned Line = 0;
};

/// A free function that detaches the handle passed to it
/// (userver's engine::DetachUnscopedUnsafe).
struct DetachFunctionRule {
  std::string Function;
  unsigned Line = 0;
};

/// One library's model, as read from one YAML file.
struct RulePack {
  std::string Name;        ///< `pack:` key, used by the `Packs` option.
  std::string Description;
  std::string SourceFile;  ///< File the pack was read from (or "<builtin>/x.yaml").
  std::vector<TransactionTypeRule> Transactions;
  std::vector<CallPairRule> CallPairs;
  std::vector<SqlCallRule> SqlCalls;
  std::vector<CallbackRule> Callbacks;
  std::vector<TaskStartRule> TaskStarts;
  std::vector<HandleTypeRule> Handles;
  std::vector<GroupTypeRule> Groups;
  std::vector<TaskObjectRule> TaskObjects;
  std::vector<TaskGraphRule> TaskGraphs;
  std::vector<JoinFunctionRule> JoinFunctions;
  std::vector<DetachFunctionRule> DetachFunctions;
  std::vector<ConnectionTypeRule> Connections;
  std::vector<ClassNameRule> Locks;
  std::vector<ClassNameRule> PerThread;
  /// Executors that run what is handed to them one at a time (asio::strand).
  std::vector<ClassNameRule> SerialisingExecutors;
};

} // namespace txscope

#endif
