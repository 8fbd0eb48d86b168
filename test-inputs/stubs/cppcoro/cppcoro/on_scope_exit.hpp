// Mirrors include/cppcoro/on_scope_exit.hpp of lewissbaker/cppcoro at
// 391215262bd40d68ac6534810164131f5f9eb148.
// Own minimal stub: declarations and trivial bodies, no upstream code.
#pragma once

#include <utility>

namespace cppcoro {

// Runs the stored callable when destroyed, unless cancel() or call_now()
// was called first.
template <typename FUNC>
class scoped_lambda {
public:
  scoped_lambda(FUNC &&func) : m_fn(std::forward<FUNC>(func)) {}
  scoped_lambda(scoped_lambda &&other)
      : m_fn(std::forward<FUNC>(other.m_fn)), m_armed(other.m_armed) {
    other.m_armed = false;
  }
  scoped_lambda(const scoped_lambda &) = delete;
  ~scoped_lambda() {
    if (m_armed)
      m_fn();
  }

  void cancel() { m_armed = false; }
  void call_now() {
    cancel();
    m_fn();
  }

private:
  FUNC m_fn;
  bool m_armed = true;
};

template <typename FUNC>
auto on_scope_exit(FUNC &&func) {
  return scoped_lambda<FUNC>{std::forward<FUNC>(func)};
}

} // namespace cppcoro
