// Stub mirroring taskflow/core/taskflow.hpp (tf::Taskflow, tf::Future<T>)
// (github.com/taskflow/taskflow, tag v4.1.0 = 45366fe5bc4f2f8ec9aa590b40c504e296886865).
// Minimal declarations for static analysis tests; not the real implementation.
#pragma once

#include <future>
#include <ostream>
#include <string>

#include "flow_builder.hpp"

namespace tf {

class Taskflow : public FlowBuilder {
  friend class Executor;

  public:
  Taskflow(const std::string& name) : _name(name) {}
  Taskflow() = default;
  Taskflow(Taskflow&& rhs) = default;
  Taskflow& operator = (Taskflow&& rhs) = default;
  ~Taskflow() = default;

  void dump(std::ostream& ostream) const { (void)ostream; }
  std::string dump() const { return {}; }
  size_t num_tasks() const { return 0; }
  bool empty() const { return true; }
  void name(const std::string& name) { _name = name; }
  const std::string& name() const { return _name; }
  void clear() {}

  template <typename V>
  void for_each_task(V&& visitor) const { (void)visitor; }

  void remove_dependency(Task from, Task to) { (void)from; (void)to; }

  private:
  std::string _name;
};

// Real: `template <typename T> class Future : public std::future<T>`.
template <typename T>
class Future : public std::future<T> {
  friend class Executor;
  friend class Subflow;
  friend class Runtime;

  public:
  Future() = default;
  Future(const Future&) = delete;
  Future(Future&&) = default;
  Future(std::future<T>&& f) : std::future<T>{std::move(f)} {}
  Future& operator = (const Future&) = delete;
  Future& operator = (Future&&) = default;

  bool cancel() { return false; }
};

}  // namespace tf
