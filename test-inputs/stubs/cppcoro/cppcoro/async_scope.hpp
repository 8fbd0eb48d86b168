// Mirrors include/cppcoro/async_scope.hpp of lewissbaker/cppcoro at
// 391215262bd40d68ac6534810164131f5f9eb148 (C++20 <coroutine> in place of
// <experimental/coroutine>).
// Own minimal stub: declarations and trivial bodies, no upstream code.
// spawn() starts the awaitable at once; co_await join() waits for every
// spawned one. The scope must be joined before it is destroyed.
#pragma once

#include <cppcoro/is_awaitable.hpp>

#include <coroutine>
#include <type_traits>

namespace cppcoro {

class async_scope {
  class join_operation {
  public:
    bool await_ready() noexcept { return false; }
    void await_suspend(std::coroutine_handle<>) noexcept {}
    void await_resume() noexcept {}
  };

public:
  async_scope() noexcept {}
  async_scope(const async_scope &) = delete;
  async_scope &operator=(const async_scope &) = delete;
  ~async_scope() {}

  template <typename AWAITABLE>
  void spawn(AWAITABLE &&awaitable) {
    static_assert(is_awaitable_v<std::decay_t<AWAITABLE>>,
                  "async_scope::spawn() needs an awaitable");
    (void)awaitable;
  }

  [[nodiscard]] auto join() noexcept { return join_operation{}; }
};

} // namespace cppcoro
