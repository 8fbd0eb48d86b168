// Stub mirroring taskflow/core/runtime.hpp (tf::Runtime, the object a runtime
// task `[](tf::Runtime& rt){ ... }` receives from the executor)
// (github.com/taskflow/taskflow, tag v4.1.0 = 45366fe5bc4f2f8ec9aa590b40c504e296886865).
// Minimal declarations for static analysis tests; not the real implementation.
#pragma once

#include "executor.hpp"
#include "stub_spawning_members.hpp"

namespace tf {

class Node;

// Real: no user-declared destructor; corun() (and its alias corun_all())
// waits for every task spawned through this runtime.
class Runtime {
  friend class Executor;
  friend class FlowBuilder;

  public:
  Executor& executor() { return _executor; }
  inline Worker& worker() { return _worker; }

  void schedule(Task task) { (void)task; }

  TF_STUB_SPAWNING_MEMBERS

  void corun() {}
  void corun_all() { corun(); }
  bool is_cancelled() { return false; }

  private:
  explicit Runtime(Executor& executor, Worker& worker, Node* node) : _executor(executor), _worker(worker), _node(node) {}

  Executor& _executor;
  Worker& _worker;
  Node* _node;
};

}  // namespace tf
