// Stub mirroring taskflow/core/executor.hpp (+ out-of-line async/silent_async
// definitions from taskflow/core/async.hpp)
// (github.com/taskflow/taskflow, tag v4.1.0 = 45366fe5bc4f2f8ec9aa590b40c504e296886865).
// Minimal declarations for static analysis tests; not the real implementation.
#pragma once

#include <cstddef>
#include <future>
#include <memory>
#include <thread>
#include <type_traits>

#include <iterator>
#include <utility>

#include "async_task.hpp"
#include "graph.hpp"
#include "taskflow.hpp"

namespace tf {

class WorkerInterface;
class Worker;
class TaskGroup;

class Executor {
  friend class FlowBuilder;
  friend class Subflow;
  friend class Runtime;
  friend class TaskGroup;

  public:
  explicit Executor(
    size_t N = std::thread::hardware_concurrency(),
    std::shared_ptr<WorkerInterface> wif = nullptr
  ) : _num_workers(N) { (void)wif; }

  ~Executor() {}

  tf::Future<void> run(Taskflow& taskflow) { (void)taskflow; return {}; }
  tf::Future<void> run(Taskflow&& taskflow) { (void)taskflow; return {}; }

  template <typename C>
  tf::Future<void> run(Taskflow& taskflow, C&& callable) { (void)taskflow; (void)callable; return {}; }

  template <typename C>
  tf::Future<void> run(Taskflow&& taskflow, C&& callable) { (void)taskflow; (void)callable; return {}; }

  tf::Future<void> run_n(Taskflow& taskflow, size_t N) { (void)taskflow; (void)N; return {}; }
  tf::Future<void> run_n(Taskflow&& taskflow, size_t N) { (void)taskflow; (void)N; return {}; }

  template <typename C>
  tf::Future<void> run_n(Taskflow& taskflow, size_t N, C&& callable) { (void)taskflow; (void)N; (void)callable; return {}; }

  template <typename C>
  tf::Future<void> run_n(Taskflow&& taskflow, size_t N, C&& callable) { (void)taskflow; (void)N; (void)callable; return {}; }

  template <typename P>
  tf::Future<void> run_until(Taskflow& taskflow, P&& pred) { (void)taskflow; (void)pred; return {}; }

  template <typename P>
  tf::Future<void> run_until(Taskflow&& taskflow, P&& pred) { (void)taskflow; (void)pred; return {}; }

  template <typename P, typename C>
  tf::Future<void> run_until(Taskflow& taskflow, P&& pred, C&& callable) { (void)taskflow; (void)pred; (void)callable; return {}; }

  template <typename P, typename C>
  tf::Future<void> run_until(Taskflow&& taskflow, P&& pred, C&& callable) { (void)taskflow; (void)pred; (void)callable; return {}; }

  // Real: `template <typename T> void corun(T& target);` -- T is a tf::Taskflow or
  // another graph-like object; must be called from a worker of this executor.
  template <typename T>
  void corun(T& target) { (void)target; }

  template <typename P>
  void corun_until(P&& predicate) { (void)predicate; }

  void wait_for_all() {}

  size_t num_workers() const noexcept { return _num_workers; }
  size_t num_topologies() const { return 0; }
  int this_worker_id() const { return -1; }

  // Real: `template <typename F> auto async(F&& func);` returning std::future<R>
  // (a plain std::future, NOT tf::Future) where R = std::invoke_result_t<F>
  // (R = void for a runtime task `[](tf::Runtime&){}`).
  template <typename F>
  auto async(F&& func) { (void)func; return _stub_async_result<F>(); }

  // Real: `template <typename P, typename F> auto async(P&& params, F&& func);`
  // (P = task parameters, e.g. a name string).
  template <typename P, typename F>
  auto async(P&& params, F&& func) {
    (void)params;
    return async(std::forward<F>(func));
  }

  template <typename F>
  void silent_async(F&& func) { (void)func; }

  template <typename P, typename F>
  void silent_async(P&& params, F&& func) { (void)params; (void)func; }

  // Real (declared in executor.hpp, defined in async.hpp): the task runs once
  // every task in its dependency list finished; silent_dependent_async returns
  // the tf::AsyncTask that names it in later dependency lists,
  // dependent_async a std::pair of that and the task's std::future<R>.
  template <typename F, typename... Tasks>
    requires (std::same_as<std::decay_t<Tasks>, AsyncTask> && ...)
  tf::AsyncTask silent_dependent_async(F&& func, Tasks&&... tasks) { (void)func; ((void)tasks, ...); return {}; }

  template <TaskParamsLike P, typename F, typename... Tasks>
    requires (std::same_as<std::decay_t<Tasks>, AsyncTask> && ...)
  tf::AsyncTask silent_dependent_async(P&& params, F&& func, Tasks&&... tasks) { (void)params; (void)func; ((void)tasks, ...); return {}; }

  template <typename F, typename I>
    requires (!std::same_as<std::decay_t<I>, AsyncTask>)
  tf::AsyncTask silent_dependent_async(F&& func, I first, I last) { (void)func; (void)first; (void)last; return {}; }

  template <TaskParamsLike P, typename F, typename I>
    requires (!std::same_as<std::decay_t<I>, AsyncTask>)
  tf::AsyncTask silent_dependent_async(P&& params, F&& func, I first, I last) { (void)params; (void)func; (void)first; (void)last; return {}; }

  template <typename F, typename... Tasks>
    requires (std::same_as<std::decay_t<Tasks>, AsyncTask> && ...)
  auto dependent_async(F&& func, Tasks&&... tasks) { ((void)tasks, ...); (void)func; return _stub_dependent_async_result<F>(); }

  template <TaskParamsLike P, typename F, typename... Tasks>
    requires (std::same_as<std::decay_t<Tasks>, AsyncTask> && ...)
  auto dependent_async(P&& params, F&& func, Tasks&&... tasks) { (void)params; ((void)tasks, ...); (void)func; return _stub_dependent_async_result<F>(); }

  template <typename F, typename I>
    requires (!std::same_as<std::decay_t<I>, AsyncTask>)
  auto dependent_async(F&& func, I first, I last) { (void)first; (void)last; (void)func; return _stub_dependent_async_result<F>(); }

  template <TaskParamsLike P, typename F, typename I>
    requires (!std::same_as<std::decay_t<I>, AsyncTask>)
  auto dependent_async(P&& params, F&& func, I first, I last) { (void)params; (void)first; (void)last; (void)func; return _stub_dependent_async_result<F>(); }

  // Real: must be called from a worker of this executor.
  TaskGroup task_group();

  private:
  size_t _num_workers;

  // Stub-only helpers: what async() and dependent_async() return.
  template <typename F>
  static auto _stub_async_result() {
    if constexpr (is_runtime_task_v<F>) {
      return std::future<void>{};
    } else {
      return std::future<std::invoke_result_t<F>>{};
    }
  }

  template <typename F>
  static auto _stub_dependent_async_result() {
    return std::make_pair(AsyncTask{}, _stub_async_result<F>());
  }
};

}  // namespace tf
