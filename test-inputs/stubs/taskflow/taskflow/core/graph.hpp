// Stub mirroring the task-parameter types and tf::NodeBase of taskflow/core/graph.hpp
// (github.com/taskflow/taskflow, tag v4.1.0 = 45366fe5bc4f2f8ec9aa590b40c504e296886865).
// Minimal declarations for static analysis tests; not the real implementation.
#pragma once

#include <atomic>
#include <concepts>
#include <cstddef>
#include <exception>
#include <string>
#include <string_view>
#include <type_traits>

namespace tf {

template <typename T>
concept StringLike = std::convertible_to<T, std::string_view>;

class TaskParams {
  public:
  std::string name;
  void* data {nullptr};
};

class DefaultTaskParams {};

template <typename P>
concept TaskParamsLike =
  std::same_as<std::decay_t<P>, TaskParams> ||
  std::same_as<std::decay_t<P>, DefaultTaskParams> ||
  StringLike<P>;

// Real: the state a task group shares with its tasks. Its std::exception_ptr
// member gives it (and tf::TaskGroup, which holds one) a non-trivial
// destructor.
class NodeBase {
  friend class TaskGroup;
  friend class Executor;

  protected:
  NodeBase* _parent {nullptr};
  std::atomic<size_t> _join_counter {0};
  std::exception_ptr _exception_ptr {nullptr};

  NodeBase() = default;
};

}  // namespace tf
