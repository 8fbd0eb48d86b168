// Stub mirroring taskflow/core/async_task.hpp (tf::AsyncTask, the handle a
// dependent-async task is named by in later dependency lists)
// (github.com/taskflow/taskflow, tag v4.1.0 = 45366fe5bc4f2f8ec9aa590b40c504e296886865).
// Minimal declarations for static analysis tests; not the real implementation.
#pragma once

#include <cstddef>
#include <exception>

namespace tf {

// Real: shared ownership of the task node, like std::shared_ptr; no member
// waits for the task (is_done() only polls).
class AsyncTask {
  friend class Executor;

  public:
  AsyncTask() = default;
  ~AsyncTask() {}
  AsyncTask(const AsyncTask& rhs) : _node(rhs._node) {}
  AsyncTask(AsyncTask&& rhs) : _node(rhs._node) { rhs._node = nullptr; }
  AsyncTask& operator = (const AsyncTask& rhs) { _node = rhs._node; return *this; }
  AsyncTask& operator = (AsyncTask&& rhs) { _node = rhs._node; rhs._node = nullptr; return *this; }

  bool empty() const { return _node == nullptr; }
  void reset() { _node = nullptr; }
  size_t hash_value() const { return 0; }
  size_t use_count() const { return 0; }
  bool is_done() const { return _node == nullptr; }
  std::exception_ptr exception_ptr() const { return nullptr; }
  bool has_exception_ptr() const { return false; }

  private:
  void* _node {nullptr};
};

}  // namespace tf
