// Stub mirroring taskflow/core/task_group.hpp (tf::TaskGroup, created by
// tf::Executor::task_group() from a worker)
// (github.com/taskflow/taskflow, tag v4.1.0 = 45366fe5bc4f2f8ec9aa590b40c504e296886865).
// Minimal declarations for static analysis tests; not the real implementation.
#pragma once

#include "executor.hpp"
#include "stub_spawning_members.hpp"

namespace tf {

// Real: no user-declared destructor (the implicit one is non-trivial: it
// destroys _node_base, and does not wait); corun() waits for every task spawned
// into the group (cooperatively, on the calling worker).
class TaskGroup {
  friend class Executor;

  public:
  TaskGroup(const TaskGroup&) = delete;
  TaskGroup(TaskGroup&&) = delete;
  TaskGroup& operator = (TaskGroup&&) = delete;
  TaskGroup& operator = (const TaskGroup&) = delete;

  Executor& executor() { return _executor; }

  TF_STUB_SPAWNING_MEMBERS

  void corun() {}
  void cancel() {}
  bool is_cancelled() { return false; }
  size_t size() const { return 0; }

  private:
  explicit TaskGroup(Executor& executor, Worker& worker) : _executor(executor), _worker(worker) {}

  Executor& _executor;
  Worker& _worker;
  NodeBase _node_base;
};

inline TaskGroup Executor::task_group() {
  return TaskGroup(*this, *static_cast<Worker*>(nullptr));
}

}  // namespace tf
