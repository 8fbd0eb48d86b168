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

#include "taskflow.hpp"

namespace tf {

class WorkerInterface;
class Worker;

class Executor {
  friend class FlowBuilder;
  friend class Subflow;
  friend class Runtime;

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

  template <typename P>
  tf::Future<void> run_until(Taskflow& taskflow, P&& pred) { (void)taskflow; (void)pred; return {}; }

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
  auto async(F&& func) {
    if constexpr (is_runtime_task_v<F>) {
      (void)func;
      return std::future<void>{};
    } else {
      (void)func;
      return std::future<std::invoke_result_t<F>>{};
    }
  }

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

  private:
  size_t _num_workers;
};

}  // namespace tf
