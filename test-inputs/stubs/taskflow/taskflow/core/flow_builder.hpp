// Stub mirroring taskflow/core/flow_builder.hpp (tf::FlowBuilder, tf::Subflow)
// (github.com/taskflow/taskflow, tag v4.1.0 = 45366fe5bc4f2f8ec9aa590b40c504e296886865).
// Minimal declarations for static analysis tests; not the real implementation.
#pragma once

#include <tuple>
#include <vector>

#include "task.hpp"

namespace tf {

class FlowBuilder {
  friend class Executor;

  public:
  template <StaticTaskLike C>
  Task emplace(C&& callable) { (void)callable; return Task{}; }

  template <RuntimeTaskLike C>
  Task emplace(C&& callable) { (void)callable; return Task{}; }

  template <SubflowTaskLike C>
  Task emplace(C&& callable) { (void)callable; return Task{}; }

  template <ConditionTaskLike C>
  Task emplace(C&& callable) { (void)callable; return Task{}; }

  template <typename... C> requires (sizeof...(C) > 1)
  auto emplace(C&&... callables) {
    return std::make_tuple(emplace(std::forward<C>(callables))...);
  }

  void erase(Task task) { (void)task; }

  template <typename T>
  Task composed_of(T& object) { (void)object; return Task{}; }

  Task placeholder() { return Task{}; }

  void linearize(std::vector<Task>& tasks) { (void)tasks; }

  protected:
  FlowBuilder() = default;
};

class Subflow : public FlowBuilder {
  friend class Executor;

  public:
  void join() {}
  bool joinable() const noexcept { return true; }
  Executor& executor() noexcept { return *_executor; }

  private:
  Executor* _executor {nullptr};
};

}  // namespace tf
