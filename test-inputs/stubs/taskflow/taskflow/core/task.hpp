// Stub mirroring taskflow/core/task.hpp
// (github.com/taskflow/taskflow, tag v4.1.0 = 45366fe5bc4f2f8ec9aa590b40c504e296886865).
// Minimal declarations for static analysis tests; not the real implementation.
#pragma once

#include <concepts>
#include <string>
#include <type_traits>

namespace tf {

class FlowBuilder;
class Subflow;
class Runtime;
class NonpreemptiveRuntime;
class Taskflow;
class Executor;

template <typename C>
concept StaticTaskLike = std::invocable<C> &&
                         std::same_as<std::invoke_result_t<C>, void>;

template <typename C>
constexpr bool is_static_task_v = StaticTaskLike<C>;

template <typename C>
concept SubflowTaskLike = std::invocable<C, tf::Subflow&> &&
                          std::same_as<std::invoke_result_t<C, tf::Subflow&>, void>;

template <typename C>
constexpr bool is_subflow_task_v = SubflowTaskLike<C>;

template <typename C>
concept RuntimeTaskLike =
  (std::invocable<C, tf::Runtime&> &&
   std::same_as<std::invoke_result_t<C, tf::Runtime&>, void>) ||
  (std::invocable<C, tf::NonpreemptiveRuntime&> &&
   std::same_as<std::invoke_result_t<C, tf::NonpreemptiveRuntime&>, void>);

template <typename C>
constexpr bool is_runtime_task_v = RuntimeTaskLike<C>;

template <typename C>
concept ConditionTaskLike = std::invocable<C> &&
                            std::convertible_to<std::invoke_result_t<C>, int>;

template <typename C>
constexpr bool is_condition_task_v = ConditionTaskLike<C>;

class Task {
  friend class FlowBuilder;
  friend class Taskflow;
  friend class Executor;

  public:
  Task() = default;
  Task(const Task& other) = default;
  Task& operator = (const Task&) = default;

  bool operator == (const Task& rhs) const { return _node == rhs._node; }
  bool operator != (const Task& rhs) const { return _node != rhs._node; }

  const std::string& name() const { return _name; }
  Task& name(const std::string& name) { _name = name; return *this; }

  template <typename C>
  Task& work(C&& callable) { (void)callable; return *this; }

  template <typename... Ts>
  Task& precede(Ts&&... tasks) { ((void)tasks, ...); return *this; }

  template <typename... Ts>
  Task& succeed(Ts&&... tasks) { ((void)tasks, ...); return *this; }

  size_t num_successors() const { return 0; }
  size_t num_predecessors() const { return 0; }
  bool empty() const { return _node == nullptr; }
  bool has_work() const { return false; }
  void reset() { _node = nullptr; }

  private:
  void* _node {nullptr};
  std::string _name;
};

}  // namespace tf
